package io.reportrules.internal.engine;

import io.reportrules.Diagnostic;
import io.reportrules.Extraction;
import io.reportrules.Fact;
import io.reportrules.Severity;
import io.reportrules.internal.compiler.CompiledRuleFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Runs the examples written inside rules and words each failure. */
public final class ExampleRunner {
  private ExampleRunner() {}

  public static List<Diagnostic> run(CompiledRuleFile file, Function<String, Extraction> extract) {
    return run(file, extract, (rule, text) -> 0);
  }

  /**
   * Runs the examples; {@code claims} counts a rule's accepted matches in a text, for the examples
   * of rules that {@code emit nothing} (an example states that the rule matches, a counterexample
   * that it does not).
   */
  public static List<Diagnostic> run(CompiledRuleFile file, Function<String, Extraction> extract,
      java.util.function.ToIntBiFunction<CompiledRule, String> claims) {
    List<Diagnostic> failures = new ArrayList<>();
    String[] lines = file.text().split("\r?\n", -1);
    for (CompiledRule rule : file.rules()) {
      for (CompiledRule.Example ex : rule.examples()) {
        String problem;
        if (rule.claimsOnly()) {
          int n = claims.applyAsInt(rule, ex.text());
          problem = ex.counter() && n > 0 ? "expected no match in \"" + ex.text() + "\", found " + n
              : !ex.counter() && n == 0 ? "expected a match in \"" + ex.text() + "\", found none" : null;
        } else {
          Extraction result = extract.apply(ex.text());
          problem = rule.check() ? checkViolations(rule, ex, result) : checkFacts(rule, ex, result);
        }
        if (problem != null) {
          String lineText = ex.line() <= lines.length ? lines[ex.line() - 1] : "";
          failures.add(new Diagnostic(file.source(), ex.line(), ex.column(), Severity.ERROR,
              (ex.counter() ? "counterexample" : "example") + " of '" + rule.name() + "' fails: " + problem, lineText));
        }
      }
    }
    return failures;
  }

  private static String checkViolations(CompiledRule rule, CompiledRule.Example ex, Extraction result) {
    long n = result.violations().stream().filter(v -> v.rule().equals(rule.qualifiedName())).count();
    if (ex.counter() && n > 0) {
      return "expected no finding in \"" + ex.text() + "\", found " + n;
    }
    if (!ex.counter() && n == 0) {
      return "expected a finding in \"" + ex.text() + "\", found none";
    }
    return null;
  }

  private static String checkFacts(CompiledRule rule, CompiledRule.Example ex, Extraction result) {
    List<Fact> mine = result.facts().stream().filter(f -> f.rule().equals(rule.qualifiedName())).toList();
    if (ex.counter()) {
      return mine.isEmpty() ? null : "expected no fact in \"" + ex.text() + "\", found " + describe(mine.get(0));
    }
    if (mine.isEmpty()) {
      List<Fact> others = result.facts();
      return "expected a fact in \"" + ex.text() + "\", found none"
          + (others.isEmpty() ? "" : " (rule '" + others.get(0).rule() + "' took " + describe(others.get(0)) + ")");
    }
    String firstMismatch = null;
    for (Fact f : mine) {
      String mismatch = null;
      for (CompiledRule.Expectation x : ex.expectations()) {
        Object actual = lookup(f.fields(), x.path());
        if (!same(x.value(), actual)) {
          mismatch = "expected " + x.pathText() + " = " + show(x.value()) + ", actual " + show(actual);
          break;
        }
      }
      if (mismatch == null) {
        return null;
      }
      if (firstMismatch == null) {
        firstMismatch = mismatch + " in " + describe(f);
      }
    }
    return firstMismatch;
  }

  static Object lookup(Map<String, Object> fields, List<String> path) {
    Object v = fields;
    for (String p : path) {
      if (!(v instanceof Map<?, ?> m)) {
        return null;
      }
      v = m.get(p);
    }
    return v;
  }

  static boolean same(Object expected, Object actual) {
    if (expected == null || actual == null) {
      return expected == actual;
    }
    if (expected instanceof Number e && actual instanceof Number a) {
      double x = e.doubleValue();
      double y = a.doubleValue();
      return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.max(Math.abs(x), Math.abs(y)));
    }
    return expected.equals(actual);
  }

  private static String show(Object v) {
    return v instanceof String s ? "\"" + s + "\"" : RuleSetEngine.format(v);
  }

  private static String describe(Fact f) {
    return "\"" + f.text() + "\" " + f.fields();
  }
}
