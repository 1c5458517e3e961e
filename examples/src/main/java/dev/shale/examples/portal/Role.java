package dev.shale.examples.portal;

import dev.shale.dsl.PgEnum;

/** What a portal account may do. */
@PgEnum("role")
public enum Role {
    CLIENT,
    ADMIN,
    SUPER_ADMIN
}
