package io.reportrules.internal.engine;

/**
 * Width folding: full-width digits, letters and punctuation match their half-width forms. Folding
 * maps one UTF-16 unit to one, so offsets in folded text are offsets in the original.
 */
public final class Width {
  private Width() {}

  /** The half-width form of {@code c}, or {@code c} itself. */
  public static char fold(char c) {
    if (c >= '\uFF01' && c <= '\uFF5E') {
      return (char) (c - 0xFEE0);
    }
    if (c == '\u3000') {
      return ' ';
    }
    return c;
  }

  /** {@code s} with every character folded. */
  /** {@link #fold(CharSequence)} as a fresh array: one bulk copy, folded in place. */
  public static char[] foldToArray(String s) {
    char[] out = s.toCharArray();
    for (int i = 0; i < out.length; i++) {
      out[i] = fold(out[i]);
    }
    return out;
  }

  public static String fold(CharSequence s) {
    char[] out = new char[s.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = fold(s.charAt(i));
    }
    return new String(out);
  }
}
