package io.reportrules.internal.engine;

import io.reportrules.Severity;
import java.util.List;

/**
 * One rule or check of a compiled rule set. Immutable and shareable across threads.
 *
 * @param qualifiedName {@code ruleset/rule}
 * @param check true for a check (produces violations), false for a rule (produces facts)
 * @param severity a check's severity; null for rules
 * @param message a check's message template; null for rules
 * @param priority higher wins when matches of two rules overlap
 * @param order position in its file, the last tie-breaker
 * @param line 1-based line of the declaration
 * @param emits one list of fields per fact a match yields: a rule with several {@code emit}
 *     clauses yields one fact per clause whose captures are all bound, spanning those captures;
 *     empty for a rule that {@code emit nothing}: it claims its matches and yields no fact
 * @param when the condition a match must meet to count, or null
 * @param prefilter what every match contains, to skip text that cannot match; null for fact checks
 * @param factCheck for a check over facts, what it looks for; null otherwise (then program is set)
 */
public record CompiledRule(
    String qualifiedName,
    String name,
    String description,
    boolean check,
    Severity severity,
    String message,
    int priority,
    int order,
    int line,
    Program program,
    List<CaptureInfo> captures,
    List<List<EmitItem>> emits,
    List<Example> examples,
    Condition when,
    Prefilter prefilter,
    FactCheck factCheck) {

  /**
   * A check over the facts of its rule set instead of the text: {@code when fact R where C} gives
   * a violation per fact of rule R (null: any rule) meeting C; {@code require fact R where C}
   * gives one violation at the document start when no such fact exists.
   */
  public record FactCheck(boolean require, String rule, Condition where) {}


  public record EmitItem(String name, Expr expr) {}

  /** True for a rule that {@code emit nothing}: its matches win overlaps and yield no fact. */
  public boolean claimsOnly() {
    return !check && factCheck == null && emits.isEmpty();
  }

  /** An {@code example} (counter = false) or {@code counterexample} of the rule. */
  public record Example(String text, boolean counter, List<Expectation> expectations, int line, int column) {}

  /** {@code path = value} in an example: a field path and the expected literal. */
  public record Expectation(List<String> path, Object value) {
    public String pathText() {
      return String.join(".", path);
    }
  }
}
