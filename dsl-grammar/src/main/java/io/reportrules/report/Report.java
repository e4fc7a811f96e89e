package io.reportrules.report;

import java.util.List;

/**
 * The {@code reportrules/1} report: what ran, and per document what it found. Later versions add
 * members; they never rename or remove one.
 */
public record Report(
    String format, ToolEntry tool, List<RuleSetEntry> rulesets, List<DocumentReport> documents, Summary summary) {
  public static final String FORMAT = "reportrules/1";

  public Report {
    rulesets = List.copyOf(rulesets);
    documents = List.copyOf(documents);
  }
}
