package dev.shale.diff.postgres;

/**
 * Which SQL a migration is written in: the online forms on tables that exist before it (concurrent index builds,
 * constraints added NOT VALID and validated later, NOT NULL through a validated check), or plain DDL in one
 * transaction (small or development databases).
 */
public enum DdlForm {
    ONLINE,
    PLAIN
}
