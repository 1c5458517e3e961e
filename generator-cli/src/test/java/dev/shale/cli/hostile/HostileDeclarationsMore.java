package dev.shale.cli.hostile;

import static dev.shale.cli.hostile.HostileDeclarations.generate;

import java.util.List;

/**
 * Declarations PostgreSQL would refuse only at apply time, or that point at the wrong fix (issue 10, item 8):
 * an enum {@code @Default} that is no label, a foreign key to a class without {@code @Table}, a
 * {@code @Column(type)} PostgreSQL does not know. Each stops {@code generate} with exit 2, nothing written.
 */
final class HostileDeclarationsMore {

    private HostileDeclarationsMore() {
    }

    static List<HostileCase> cases() {
        return List.of(
                generate("8", "enum @Default that is no label", "enumdefault", "Registration.status",
                        "has @Default(\"'PENDING'\"), but 'PENDING' is not a label of the enum type "
                                + "public.registration_status (its labels: CONFIRMED, CANCELLED)",
                        "default to one of its labels, such as @Default(\"'CONFIRMED'\"), or add PENDING to the "
                                + "@PgEnum enum"),
                generate("8", "enum @Default with a cast, and an enum array default, naming no label",
                        "enumdefaultcast", "Registration.status", "'X' is not a label of the enum type "
                                + "public.registration_status", "Registration.history",
                        "has @Default(\"'{CONFIRMED,PENDING}'\"), but 'PENDING' is not a label"),
                generate("8", "foreign key to a record without @Table", "notatable", "Event.venueId",
                        "references dev.shale.cli.fixtures.notatable.Venue, which is not annotated @Table",
                        "annotate Venue with @Table", "or reference a @Table record"),
                generate("8", "@Column(type) PostgreSQL does not know", "typotype", "Meter.reading",
                        "@Column(type = \"intger\") names intger, which is neither a PostgreSQL built-in type",
                        "correct the type name", "write it schema-qualified, such as @Column(type = \"public.intger\")"),
                generate("8", "@Column(type) with modifiers on types that take none", "typemodifiers",
                        "Meter.reading", "type integer takes no modifier", "Meter.address",
                        "gives modifiers to the type inet, which takes none", "remove the modifiers"));
    }
}
