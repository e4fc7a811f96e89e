package io.reportrules.internal.engine;

import io.reportrules.Fact;
import io.reportrules.Violation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the rules of one rule set over a document and resolves overlaps: within a rule, matches
 * are leftmost-longest and never overlap; across rules, of two overlapping matches the one with
 * the higher priority wins, then the longer, then the rule declared first (Appelt style).
 */
public final class RuleSetEngine {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)(?:\\.([A-Za-z_]+))?}");

  private RuleSetEngine() {}

  private record Candidate(CompiledRule rule, RawMatch match) {
    int length() {
      return match.end() - match.start();
    }
  }

  /** Facts (overlaps resolved) and violations of {@code rules} in {@code doc}. */
  public static void run(List<CompiledRule> rules, DocumentContext doc, List<Fact> facts, List<Violation> violations) {
    List<Candidate> candidates = new ArrayList<>();
    for (CompiledRule rule : rules) {
      List<RawMatch> matches = new PikeVm(rule.program(), doc, PikeVm.DEFAULT_MAX_SPAN).findAll(0, doc.length());
      for (RawMatch m : matches) {
        if (rule.when() != null
            && !Condition.test(rule.when(), new Evaluator(rule.captures()), m, new Evaluator.Scope(doc, m.start(), m.end()))) {
          continue;
        }
        if (rule.check()) {
          violations.add(violation(rule, m, doc));
        } else {
          candidates.add(new Candidate(rule, m));
        }
      }
    }
    candidates.sort(
        Comparator.comparingInt((Candidate c) -> -c.rule().priority())
            .thenComparingInt(c -> -c.length())
            .thenComparingInt(c -> c.rule().order())
            .thenComparingInt(c -> c.match().start()));
    TreeMap<Integer, Integer> taken = new TreeMap<>();
    for (Candidate c : candidates) {
      int s = c.match().start();
      int e = c.match().end();
      Map.Entry<Integer, Integer> before = taken.floorEntry(s);
      Map.Entry<Integer, Integer> after = taken.ceilingEntry(s);
      boolean overlaps = (before != null && before.getValue() > s) || (after != null && after.getKey() < e);
      if (!overlaps) {
        taken.put(s, e);
        facts.add(fact(c.rule(), c.match(), doc));
      }
    }
  }

  static Fact fact(CompiledRule rule, RawMatch m, DocumentContext doc) {
    Evaluator ev = new Evaluator(rule.captures());
    Evaluator.Scope scope = new Evaluator.Scope(doc, m.start(), m.end());
    int start = m.start();
    for (int k = 0; k < rule.captures().size(); k++) {
      if (rule.captures().get(k).indicator() && m.captureStart(k) == m.start()) {
        Evaluator.Val v = ev.capture(m, k, doc);
        if (v.start() >= 0) {
          start = v.start();
        }
      }
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    for (CompiledRule.EmitItem item : rule.emits()) {
      fields.put(item.name(), Evaluator.toJson(ev.eval(item.expr(), m, scope)));
    }
    return new Fact(rule.qualifiedName(), start, m.end(), doc.text().substring(start, m.end()), fields);
  }

  static Violation violation(CompiledRule rule, RawMatch m, DocumentContext doc) {
    Evaluator ev = new Evaluator(rule.captures());
    String text = doc.text().substring(m.start(), m.end());
    Matcher pm = PLACEHOLDER.matcher(rule.message());
    StringBuilder out = new StringBuilder();
    while (pm.find()) {
      String name = pm.group(1);
      Object value = null;
      if (name.equals("text")) {
        value = text;
      } else {
        for (int k = 0; k < rule.captures().size(); k++) {
          if (rule.captures().get(k).name().equals(name)) {
            value = ev.capture(m, k, doc).value();
          }
        }
        if (value instanceof QuantityValue q) {
          value = pm.group(2) == null ? q.text() : q.toMap().get(pm.group(2));
        }
      }
      pm.appendReplacement(out, Matcher.quoteReplacement(format(value)));
    }
    pm.appendTail(out);
    return new Violation(rule.qualifiedName(), rule.severity(), out.toString(), m.start(), m.end(), text);
  }

  /** Numbers without a trailing ".0"; null as an empty string. */
  static String format(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) {
      return Long.toString(d.longValue());
    }
    return String.valueOf(value);
  }
}
