package dev.shale.diff;

/**
 * How a plan is written. {@code online}: changes on tables that exist before the migration are written in their
 * online forms (indexes built and dropped CONCURRENTLY in non-transactional steps, constraints added NOT VALID and
 * validated in a later transaction, NOT NULL through a validated check, unique keys through a concurrent unique
 * index), rather than as plain DDL; the hazards describe the form written.
 */
public record PlannerOptions(boolean online) {

    /** Plain DDL, as Shale has always written it. */
    public static final PlannerOptions PLAIN = new PlannerOptions(false);

    /** Online forms on existing tables. */
    public static final PlannerOptions ONLINE = new PlannerOptions(true);

    /**
     * What the planner's overloads without options use: plain, the only form the renderer writes until the online
     * forms are joined in (then {@link #ONLINE}, the project setting {@code generate.online}'s default).
     */
    public static final PlannerOptions DEFAULT = PLAIN;
}
