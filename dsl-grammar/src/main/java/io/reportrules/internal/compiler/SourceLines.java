package io.reportrules.internal.compiler;

/** The lines of a rule file, to quote the line a diagnostic points into. */
final class SourceLines {
  private final String[] lines;

  SourceLines(String text) {
    this.lines = text.split("\r?\n", -1);
  }

  /** The 1-based line, or empty when out of range. */
  String line(int line) {
    return line >= 1 && line <= lines.length ? lines[line - 1] : "";
  }
}
