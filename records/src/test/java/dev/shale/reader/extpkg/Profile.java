package dev.shale.reader.extpkg;

import dev.shale.dsl.Column;
import dev.shale.dsl.PrimaryKey;
import dev.shale.dsl.Table;
import java.util.List;

/** Columns of the types of the package's extensions. */
@Table("profiles")
public record Profile(@PrimaryKey long id, @Column(type = "citext") String email,
                      @Column(type = "citext[]") List<String> aliases, @Column(type = "hstore") String attrs) {
}
