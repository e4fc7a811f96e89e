package io.reportrules.report;

import java.util.Map;

/**
 * Totals of a report. {@code violations} maps error, warning and info to counts (all three
 * always present); {@code unreadable} counts documents skipped because they could not be read;
 * {@code rules} maps every rule and check id that ran to how many facts or violations it gave
 * over the corpus (0 for rules that never fired), in rule-set order; rules that {@code emit
 * nothing} are left out, as they never give one.
 */
public record Summary(
    int documents, int facts, Map<String, Integer> violations, int unreadable, Map<String, Integer> rules) {}
