package io.reportrules.quantity.internal;

/**
 * Blanks that text converted from PDF or Word leaves inside and before figures ("206 亿元",
 * "增长 12.4%", "收入 3.56亿元"): space, tab, ideographic and no-break space. One definition for
 * the figure scanner and the matcher, which pass over at most {@value #MAX} of them in a row.
 */
public final class Blanks {
  /** Most blanks passed over in a row. */
  public static final int MAX = 2;

  private Blanks() {}

  /** The blanks {@link #isBlank} accepts, for searching text for them one kind at a time. */
  public static final String CHARS = " \t\u3000\u00A0";

  public static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0';
  }

  /** The position after up to {@value #MAX} blanks from p (p itself when none), before limit. */
  public static int past(char[] text, int p, int limit) {
    int q = p;
    while (q < limit && q - p < MAX && isBlank(text[q])) {
      q++;
    }
    return q;
  }
}
