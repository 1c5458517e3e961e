package dev.shale.api;

/**
 * What {@link Shale#push} did: how many statements ran, how many of them were committed before the end
 * (after enum value additions), and how long it took.
 */
public record PushResult(int statements, int committedEarly, long executionMs) {
}
