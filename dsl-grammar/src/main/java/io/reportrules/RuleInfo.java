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
 */
public record RuleInfo(String id, String name, String description, boolean check, Severity severity, int line) {}
