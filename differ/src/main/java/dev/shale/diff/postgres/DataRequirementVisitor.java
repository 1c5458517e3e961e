package dev.shale.diff.postgres;

/**
 * One method per kind of {@link DataRequirement}: a dispatch over requirements written as a visitor is checked by the
 * compiler, so a new kind cannot compile while any dispatch forgets it. {@code R} is what each visit returns.
 */
public interface DataRequirementVisitor<R> {

    R visit(DataRequirement.NoNulls requirement);

    R visit(DataRequirement.Empty requirement);

    R visit(DataRequirement.Unique requirement);

    R visit(DataRequirement.Check requirement);

    R visit(DataRequirement.References requirement);

    R visit(DataRequirement.EnumUnused requirement);

    R visit(DataRequirement.Cast requirement);

    R visit(DataRequirement.Computes requirement);

    /** The current value of a sequence within a narrowed range. */
    R visit(DataRequirement.SequenceInRange requirement);
}
