package io.reportrules.internal.engine;

import io.reportrules.quantity.internal.Script;

/**
 * What rules read instead of the text as written: full-width digits, letters and punctuation as
 * their half-width forms (width folding), the typeset quotes 〝〞〟 as “ and ”, and traditional Chinese characters as simplified ones
 * ({@link Script}). Folding maps one UTF-16 unit to one, so offsets in folded text are offsets in
 * the original.
 */
public final class Folding {
  private Folding() {}

  /** The folded form of {@code c}: half-width, simplified, or {@code c} itself. */
  public static char fold(char c) {
    if (c >= '\uFF01' && c <= '\uFF5E') {
      return (char) (c - 0xFEE0);
    }
    if (c == '\u3000') {
      return ' ';
    }
    if (c == '\u301D') {
      return '\u201C'; // 〝, a typeset opening quote: “
    }
    if (c == '\u301E' || c == '\u301F') {
      return '\u201D'; // 〞 〟, typeset closing quotes: ”
    }
    return Script.simplified(c);
  }

  /** {@link #fold(CharSequence)} as a fresh array: one bulk copy, folded in place. */
  public static char[] foldToArray(String s) {
    char[] out = s.toCharArray();
    for (int i = 0; i < out.length; i++) {
      out[i] = fold(out[i]);
    }
    return out;
  }

  /** {@code s} with every character folded. */
  public static String fold(CharSequence s) {
    char[] out = new char[s.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = fold(s.charAt(i));
    }
    return new String(out);
  }
}
