package io.reportrules.quantity.internal;

import com.ibm.icu.text.Transliterator;

/**
 * Script folding: a traditional Chinese character is read as its simplified form (長 → 长,
 * 億 → 亿, 個 → 个, 為 → 为), so that rules and recognizers written in simplified characters read
 * reports written, or converted by a web site, in traditional ones. One UTF-16 unit maps to one,
 * so offsets in folded text are offsets in the original.
 *
 * <p>The mapping is ICU's {@code Traditional-Simplified} transform (Unihan data) taken character
 * by character; characters it maps to more than one character, or not at all, stay as they are.
 * A few characters simplified text also uses are folded too (著 → 着, 於 → 于): rules and text are
 * folded alike, so this only merges words no rule tells apart.
 */
public final class Script {
  private static final char FIRST = '\u3400';
  private static final char LAST = '\u9FFF';
  private static final char COMPAT_FIRST = '\uF900';
  private static final char COMPAT_LAST = '\uFAFF';

  /** Built once, on first use (about half a second: ICU loads its transform rules). */
  private static final class Table {
    static final char[] MAIN = new char[LAST - FIRST + 1];
    static final char[] COMPAT = new char[COMPAT_LAST - COMPAT_FIRST + 1];
    /**
     * One bit per character of MAIN: set where it maps to another. 3 KB that stay in the cache,
     * where the 54 KB table would not: simplified text, the common case, reads the bits only.
     */
    static final long[] MAPPED = new long[(MAIN.length + 63) / 64];

    static {
      Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");
      fill(toSimplified, MAIN, FIRST);
      fill(toSimplified, COMPAT, COMPAT_FIRST);
      for (int k = 0; k < MAIN.length; k++) {
        if (MAIN[k] != (char) (FIRST + k)) {
          MAPPED[k >>> 6] |= 1L << k;
        }
      }
    }

    private static void fill(Transliterator t, char[] table, char first) {
      for (int i = 0; i < table.length; i++) {
        char c = (char) (first + i);
        String s = t.transliterate(String.valueOf(c));
        table[i] = s.length() == 1 ? s.charAt(0) : c;
      }
    }
  }

  private Script() {}

  /** The simplified form of {@code c}, or {@code c} itself. */
  public static char simplified(char c) {
    if (c >= FIRST && c <= LAST) {
      int k = c - FIRST;
      return (Table.MAPPED[k >>> 6] & (1L << k)) == 0 ? c : Table.MAIN[k];
    }
    if (c >= COMPAT_FIRST && c <= COMPAT_LAST) {
      return Table.COMPAT[c - COMPAT_FIRST];
    }
    return c;
  }
}
