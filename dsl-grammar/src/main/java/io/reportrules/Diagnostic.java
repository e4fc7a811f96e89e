package io.reportrules;

import java.util.Objects;

/**
 * A located message about a rule file: a syntax or semantic error, or a warning.
 *
 * @param source the rule file's name as given to the compiler (a path or a classpath name)
 * @param line 1-based line
 * @param column 1-based column, in UTF-16 code units
 * @param severity error or warning
 * @param message what was found and what was expected, in words
 * @param lineText the source line the message points into, or empty when unknown
 */
public record Diagnostic(
    String source, int line, int column, Severity severity, String message, String lineText) {

  public Diagnostic {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    lineText = lineText == null ? "" : lineText;
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
    }
  }

  /** {@code file:line:column: error: message}, the form editors and CI logs link. */
  @Override
  public String toString() {
    return source + ":" + line + ":" + column + ": " + severity.label() + ": " + message;
  }

  /** {@link #toString()} followed by the source line and a caret under the column. */
  public String render() {
    if (lineText.isEmpty()) {
      return toString();
    }
    StringBuilder caret = new StringBuilder();
    for (int i = 0; i < column - 1 && i < lineText.length(); i++) {
      caret.append(lineText.charAt(i) == '\t' ? '\t' : lineText.charAt(i) > 0x2E80 ? "\u3000" : " ");
    }
    return toString() + "\n  " + lineText + "\n  " + caret + "^";
  }
}
