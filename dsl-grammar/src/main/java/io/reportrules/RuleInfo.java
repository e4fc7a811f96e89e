package io.reportrules;

/**
 * What a rule or check of a compiled rule set is, for reports and tools.
 *
 * @param id {@code ruleset/rule}
 * @param name the rule's own name
 * @param description the rule's description, or a check's message template
 * @param check true for a check
 * @param severity a check's severity; null for rules
 * @param line 1-based line of the declaration in its file
 * @param claimsOnly true for a rule that {@code emit nothing}: its matches win overlaps and yield
 *     no fact, so it never appears in results
 */
public record RuleInfo(String id, String name, String description, boolean check, Severity severity, int line,
    boolean claimsOnly) {

  /** A rule or check that yields facts or violations (the form before {@code claimsOnly} existed). */
  public RuleInfo(String id, String name, String description, boolean check, Severity severity, int line) {
    this(id, name, description, check, severity, line, false);
  }
}
