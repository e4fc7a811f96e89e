package io.reportrules.report;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a fact or violation is: {@code start}/{@code end} are UTF-16 offsets into the document
 * text (end exclusive); {@code line}/{@code column} are 1-based, the column in UTF-16 units. For a
 * document whose text was extracted from HTML, {@code source} is the position in the HTML file;
 * otherwise it is absent.
 */
public record Span(
    int start, int end, int line, int column, @JsonInclude(JsonInclude.Include.NON_NULL) SourcePosition source) {
  public Span {
    if (start < 0 || end < start || line < 1 || column < 1) {
      throw new IllegalArgumentException("bad span " + start + ".." + end + " at " + line + ":" + column);
    }
  }

  public Span(int start, int end, int line, int column) {
    this(start, end, line, column, null);
  }
}
