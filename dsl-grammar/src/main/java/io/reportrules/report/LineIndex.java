package io.reportrules.report;

import java.util.Arrays;

/** Maps UTF-16 offsets of a text to 1-based line and column. Lines end at \n (a \r before it counts as text of its line). */
public final class LineIndex {
  private final int[] starts;

  public LineIndex(String text) {
    int[] s = new int[16];
    int n = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (n == s.length) {
          s = Arrays.copyOf(s, n * 2);
        }
        s[n++] = i + 1;
      }
    }
    starts = Arrays.copyOf(s, n);
  }

  /** 1-based line of an offset. */
  public int line(int offset) {
    int i = Arrays.binarySearch(starts, offset);
    return i >= 0 ? i + 1 : -i - 1;
  }

  /** 1-based column (UTF-16 units) of an offset. */
  public int column(int offset) {
    return offset - starts[line(offset) - 1] + 1;
  }

  public Span span(int start, int end) {
    return new Span(start, end, line(start), column(start));
  }
}
