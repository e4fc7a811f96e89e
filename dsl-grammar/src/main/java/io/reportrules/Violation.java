package io.reportrules;

import java.util.Objects;

/**
 * A check's finding in a document.
 *
 * @param rule {@code ruleset/check}
 * @param severity how serious the finding is
 * @param message the check's message with its placeholders filled in
 * @param start UTF-16 offset of the finding in the document text
 * @param end UTF-16 offset just past the finding (exclusive)
 * @param text the document text between start and end
 */
public record Violation(
    String rule, Severity severity, String message, int start, int end, String text) {

  public Violation {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }
}
