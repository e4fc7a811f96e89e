package io.reportrules;

import io.reportrules.internal.engine.CompiledRule;
import io.reportrules.internal.engine.DocumentContext;
import io.reportrules.internal.engine.Annotations;
import io.reportrules.internal.engine.RuleSetEngine;
import io.reportrules.quantity.QuantityScanner;
import io.reportrules.quantity.internal.Blanks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
  /** Checks over facts (and per document): on an annotated text they judge the facts read through it. */
  private final Set<String> factChecks;
  /** Per rule set, its rules and checks. */
  private final List<List<CompiledRule>> allRules;
  /** Per rule set, its checks over the text: all that a text with annotations is read for as given. */
  private final List<List<CompiledRule>> textChecks;

  public Extractor(List<RuleSet> ruleSets) {
    this(ruleSets, QuantityScanner.standard());
  }

  public Extractor(List<RuleSet> ruleSets, QuantityScanner scanner) {
    this.ruleSets = List.copyOf(ruleSets);
    this.scanner = scanner;
    Set<String> checks = new HashSet<>();
    for (RuleSet rs : this.ruleSets) {
      for (CompiledRule rule : rs.compiled().rules()) {
        if (rule.factCheck() != null) {
          checks.add(rule.qualifiedName());
        }
      }
    }
    this.factChecks = Set.copyOf(checks);
    this.allRules = this.ruleSets.stream().map(rs -> rs.compiled().rules()).toList();
    this.textChecks = this.ruleSets.stream()
        .map(rs -> rs.compiled().rules().stream().filter(r -> r.check() && r.factCheck() == null).toList())
        .toList();
  }

  public List<RuleSet> ruleSets() {
    return ruleSets;
  }

  /**
   * Facts and violations of every rule set in {@code text}, in document order. Pinyin that a
   * converter left after characters (增長(zhǎng)28.2%) and footnote numbers after a name
   * (国内生产总值[2]744127亿元) are read through: facts, and the checks over facts, come from the
   * text without them, at their places in the text as given; checks over the text see it as given,
   * so they still find the annotations.
   */
  public Extraction extract(String text) {
    Annotations annotated = Annotations.strip(text);
    if (annotated == null) {
      return run(text, allRules);
    }
    // the text as given is read by the checks over the text only; its facts would be dropped
    Extraction asGiven = run(text, textChecks);
    Extraction clean = run(annotated.text(), allRules);
    List<Fact> facts = new ArrayList<>();
    for (Fact f : clean.facts()) {
      int[] at = annotated.span(f.start(), f.end());
      int start = atFigureLine(text, at[0], at[1]);
      facts.add(new Fact(f.rule(), start, at[1], text.substring(start, at[1]), asWritten(f.fields(), text, at)));
    }
    List<Violation> violations = new ArrayList<>();
    for (Violation v : asGiven.violations()) {
      if (!factChecks.contains(v.rule())) {
        violations.add(v);
      }
    }
    for (Violation v : clean.violations()) {
      if (factChecks.contains(v.rule())) {
        int[] at = annotated.span(v.start(), v.end());
        violations.add(new Violation(v.rule(), v.severity(), v.message(), at[0], at[1], text.substring(at[0], at[1])));
      }
    }
    facts.sort(FACT_ORDER);
    violations.sort(VIOLATION_ORDER);
    return new Extraction(facts, violations);
  }

  /** The fields with the indicator as the text writes it, pinyin included (see {@link Annotations#asWritten}). */
  private static Map<String, Object> asWritten(Map<String, Object> fields, String text, int[] at) {
    if (!(fields.get("indicator") instanceof String clean)) {
      return fields;
    }
    String written = Annotations.asWritten(text, at[0], at[1], clean);
    if (written == null || written.equals(clean)) {
      return fields;
    }
    Map<String, Object> copy = new java.util.LinkedHashMap<>(fields);
    copy.put("indicator", written);
    return copy;
  }

  /**
   * Where a fact read across a line break of a wrapped text starts: on the line of its first digit,
   * where a reader locates it ("全社会固定资产⏎投资210.2亿元,增长0.1%" is a fact of the second line);
   * its fields, the indicator among them, stay whole. {@code start} itself when no break comes
   * before the first digit.
   */
  static int atFigureLine(String text, int start, int end) {
    int lastBreak = -1;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9' || c >= '\uFF10' && c <= '\uFF19') {
        break;
      }
      if (c == '\n') {
        lastBreak = i;
      }
    }
    int s = lastBreak + 1;
    while (lastBreak >= 0 && s < end && (text.charAt(s) == '\r' || Blanks.isBlank(text.charAt(s)))) {
      s++;
    }
    return lastBreak < 0 || s >= end ? start : s;
  }

  private Extraction run(String text, List<List<CompiledRule>> ruleLists) {
    DocumentContext doc = new DocumentContext(text, scanner);
    List<Fact> facts = new ArrayList<>();
    List<Violation> violations = new ArrayList<>();
    for (List<CompiledRule> rules : ruleLists) {
      RuleSetEngine.run(rules, doc, facts, violations);
    }
    facts.sort(FACT_ORDER);
    violations.sort(VIOLATION_ORDER);
    return new Extraction(facts, violations);
  }
}
