package dev.shale.spring;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The migrated {@code customers} table as a JPA entity, for {@link ShaleJpaTest}. */
@Entity
@Table(name = "customers", schema = "public")
public class Customer {

    @Id
    private Long id;

    private String email;

    private String name;

    protected Customer() {
    }

    public String getName() {
        return name;
    }
}
