package io.reportrules;

import java.util.List;
import java.util.stream.Collectors;

/** A rule file did not compile. Carries every error found, each located {@code file:line:column}. */
public final class RuleCompileException extends Exception {
  private final List<Diagnostic> diagnostics;

  public RuleCompileException(List<Diagnostic> diagnostics) {
    super(diagnostics.stream().map(Diagnostic::render).collect(Collectors.joining("\n")));
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** Errors first, in source order; warnings found alongside follow. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
