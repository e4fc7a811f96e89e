package io.reportrules.report;

/** A rule set that ran: its name, where it came from and the SHA-256 of its text. */
public record RuleSetEntry(String name, String source, String sha256) {}
