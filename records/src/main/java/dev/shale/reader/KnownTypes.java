package dev.shale.reader;

import java.util.Map;
import java.util.Set;

/**
 * The type names {@code @Column(type = "...")} may use without a database to ask: PostgreSQL's built-in types
 * (as {@link SqlTypeParser} leaves them: lowercased, aliases folded), the types of a few widely used extensions,
 * and any schema-qualified name ({@code extensions.citext}, {@code public.my_domain}), which is how a type that
 * an extension or the user's own migration creates is declared. Everything else is a typo or a type that does
 * not exist, and refused before a migration is written that PostgreSQL would refuse.
 */
final class KnownTypes {

    /** Built-in types beyond {@link SqlTypeParser#BUILT_IN} that take no modifier (PostgreSQL 15, section 8). */
    private static final Set<String> PLAIN = Set.of("money", "inet", "cidr", "macaddr", "macaddr8", "xml",
            "point", "line", "lseg", "box", "path", "polygon", "circle", "tsvector", "tsquery", "jsonpath",
            "int4range", "int8range", "numrange", "tsrange", "tstzrange", "daterange", "int4multirange",
            "int8multirange", "nummultirange", "tsmultirange", "tstzmultirange", "datemultirange", "pg_lsn",
            "pg_snapshot", "txid_snapshot", "oid", "xid", "xid8", "cid", "tid", "name", "regclass", "regtype",
            "regproc", "regprocedure", "regoper", "regoperator", "regconfig", "regdictionary", "regnamespace",
            "regrole", "regcollation", "dec");

    /** Built-in types beyond {@link SqlTypeParser#BUILT_IN} that take one length modifier. */
    private static final Set<String> WITH_LENGTH = Set.of("bit", "bit varying", "varbit");

    /** The fields an interval may be restricted to ({@code interval day to second}). */
    private static final Set<String> INTERVAL_FIELDS = Set.of("year", "month", "day", "hour", "minute", "second",
            "year to month", "day to hour", "day to minute", "day to second", "hour to minute", "hour to second",
            "minute to second");

    /**
     * Types of common extensions and the extension that creates each, accepted unqualified because their users
     * write them so: citext, hstore, ltree (with lquery, ltxtquery), cube, seg, isn's types, pgvector's, PostGIS's.
     * Listed in the README. When the schema declares the extension ({@code @Extension}), a column of its type
     * lives in the extension's schema.
     */
    static final Map<String, String> EXTENSION_OF = Map.ofEntries(
            Map.entry("citext", "citext"), Map.entry("hstore", "hstore"), Map.entry("ltree", "ltree"),
            Map.entry("lquery", "ltree"), Map.entry("ltxtquery", "ltree"), Map.entry("cube", "cube"),
            Map.entry("seg", "seg"), Map.entry("isbn", "isn"), Map.entry("isbn13", "isn"), Map.entry("issn", "isn"),
            Map.entry("issn13", "isn"), Map.entry("ismn", "isn"), Map.entry("ismn13", "isn"),
            Map.entry("ean13", "isn"), Map.entry("upc", "isn"), Map.entry("vector", "vector"),
            Map.entry("halfvec", "vector"), Map.entry("sparsevec", "vector"), Map.entry("geometry", "postgis"),
            Map.entry("geography", "postgis"), Map.entry("box2d", "postgis"), Map.entry("box3d", "postgis"),
            Map.entry("raster", "postgis_raster"));

    /** The names of {@link #EXTENSION_OF}'s types. */
    static final Set<String> EXTENSIONS = EXTENSION_OF.keySet();

    private KnownTypes() {
    }

    /**
     * Nothing when {@code name} (as {@link SqlTypeParser} parsed it, not an enum of the schema) with
     * {@code modifiers} modifiers is a type PostgreSQL knows.
     *
     * @throws InvalidDeclaration naming what is wrong with {@code text} and the fix
     */
    static void check(String text, String name, int modifiers) {
        if (SqlTypeParser.BUILT_IN.contains(name) || name.contains(".") || EXTENSIONS.contains(name)
                || WITH_LENGTH.contains(name) && modifiers <= 1) {
            return;
        }
        if (PLAIN.contains(name) || isInterval(name)) {
            if (modifiers == 0 || isInterval(name) && modifiers == 1) {
                return;
            }
            throw new InvalidDeclaration("@Column(type = \"" + text + "\") gives modifiers to the type " + name
                    + ", which takes none", "remove the modifiers");
        }
        if (WITH_LENGTH.contains(name)) {
            throw new InvalidDeclaration("@Column(type = \"" + text + "\") gives the type " + name
                    + " more than one modifier", "give it one length, such as " + name + "(8)");
        }
        throw new InvalidDeclaration("@Column(type = \"" + text + "\") names " + name + ", which is neither a "
                + "PostgreSQL built-in type, nor a @PgEnum enum of the schema, nor a common extension type",
                "correct the type name (such as integer, varchar(255), timestamptz, numeric(12,2)); for a type an "
                        + "extension or your own migration creates, write it schema-qualified, such as "
                        + "@Column(type = \"public." + name + "\")");
    }

    private static boolean isInterval(String name) {
        return name.startsWith("interval ") && INTERVAL_FIELDS.contains(name.substring("interval ".length()));
    }
}
