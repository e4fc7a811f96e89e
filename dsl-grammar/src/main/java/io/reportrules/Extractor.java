package io.reportrules;

import io.reportrules.internal.engine.DocumentContext;
import io.reportrules.internal.engine.RuleSetEngine;
import io.reportrules.quantity.QuantityScanner;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs several rule sets over documents, scanning each document's figures once. Immutable and
 * thread-safe: share one instance across threads.
 */
public final class Extractor {
  private static final Comparator<Fact> FACT_ORDER =
      Comparator.comparingInt(Fact::start).thenComparingInt(Fact::end).thenComparing(Fact::rule);
  private static final Comparator<Violation> VIOLATION_ORDER =
      Comparator.comparingInt(Violation::start).thenComparingInt(Violation::end).thenComparing(Violation::rule);

  private final List<RuleSet> ruleSets;
  private final QuantityScanner scanner;

  public Extractor(List<RuleSet> ruleSets) {
    this(ruleSets, QuantityScanner.standard());
  }

  public Extractor(List<RuleSet> ruleSets, QuantityScanner scanner) {
    this.ruleSets = List.copyOf(ruleSets);
    this.scanner = scanner;
  }

  public List<RuleSet> ruleSets() {
    return ruleSets;
  }

  /** Facts and violations of every rule set in {@code text}, in document order. */
  public Extraction extract(String text) {
    DocumentContext doc = new DocumentContext(text, scanner);
    List<Fact> facts = new ArrayList<>();
    List<Violation> violations = new ArrayList<>();
    for (RuleSet rs : ruleSets) {
      RuleSetEngine.run(rs.compiled().rules(), doc, facts, violations);
    }
    facts.sort(FACT_ORDER);
    violations.sort(VIOLATION_ORDER);
    return new Extraction(facts, violations);
  }
}
