package io.reportrules.internal.compiler;

import io.reportrules.Diagnostic;
import io.reportrules.internal.engine.CompiledRule;
import java.util.List;

/** The result of compiling one rule file. */
public record CompiledRuleFile(
    String name, String description, String source, String text, List<CompiledRule> rules, List<Diagnostic> warnings) {
  public CompiledRuleFile {
    rules = List.copyOf(rules);
    warnings = List.copyOf(warnings);
  }
}
