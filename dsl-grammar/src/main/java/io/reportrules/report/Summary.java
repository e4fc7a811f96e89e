package io.reportrules.report;

import java.util.Map;

/**
 * Totals of a report. {@code violations} maps error, warning and info to counts (all three
 * always present); {@code unreadable} counts documents skipped because they could not be read.
 */
public record Summary(int documents, int facts, Map<String, Integer> violations, int unreadable) {}
