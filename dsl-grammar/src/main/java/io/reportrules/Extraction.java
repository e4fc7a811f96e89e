package io.reportrules;

import java.util.List;

/**
 * What the rule sets found in one document: facts and violations, each sorted by start offset,
 * then by rule.
 */
public record Extraction(List<Fact> facts, List<Violation> violations) {
  public Extraction {
    facts = List.copyOf(facts);
    violations = List.copyOf(violations);
  }
}
