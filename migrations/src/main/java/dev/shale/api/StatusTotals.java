package dev.shale.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** How many migrations are in each state, and in all. */
@JsonPropertyOrder({"applied", "pending", "modified", "missing", "outOfOrder", "total"})
public record StatusTotals(int applied, int pending, int modified, int missing, int outOfOrder, int total) {
}
