package io.reportrules.report;

/**
 * Where a fact or violation is: {@code start}/{@code end} are UTF-16 offsets into the document
 * text (end exclusive); {@code line}/{@code column} are 1-based, the column in UTF-16 units.
 */
public record Span(int start, int end, int line, int column) {
  public Span {
    if (start < 0 || end < start || line < 1 || column < 1) {
      throw new IllegalArgumentException("bad span " + start + ".." + end + " at " + line + ":" + column);
    }
  }
}
