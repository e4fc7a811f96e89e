package io.reportrules.internal.engine;

import io.reportrules.quantity.internal.Blanks;
import java.util.ArrayList;
import java.util.List;

/**
 * A word of a figure's tail that a PDF converter split with one blank ("比上 年增长 4.1%", "增 长 3.4%",
 * "同 比下降", "个百 分点"): read as written without that blank. Only these words: a blank between
 * two other characters may part two words, and is left alone.
 */
final class SplitWords {
  static final String[] WORDS = TailWords.changesAnd("上年同期", "去年同期", "个百分点", "百分点", "按可比价格计算");

  private SplitWords() {}

  /** The blanks read through, as [from, to) pairs of UTF-16 offsets in order. */
  static List<int[]> blanks(String text) {
    List<int[]> out = new ArrayList<>();
    // most text has few blanks: found by a search per kind of blank, not by a test of every character
    for (char blank : Blanks.CHARS.toCharArray()) {
      for (int b = text.indexOf(blank, 1); b > 0 && b + 1 < text.length(); b = text.indexOf(blank, b + 1)) {
        if (!Blanks.isBlank(text.charAt(b - 1)) && !Blanks.isBlank(text.charAt(b + 1)) && splitsAWord(text, b)) {
          out.add(new int[] {b, b + 1});
        }
      }
    }
    out.sort(java.util.Comparator.comparingInt(c -> c[0]));
    return out;
  }

  /** True when the blank at b stands inside one of {@link #WORDS}: its two parts meet there. */
  private static boolean splitsAWord(String text, int b) {
    for (String w : WORDS) {
      for (int k = 1; k < w.length(); k++) {
        // compared in place: this runs for every blank of a document, a substring each would not
        if (b - k >= 0 && text.regionMatches(b - k, w, 0, k) && text.regionMatches(b + 1, w, k, w.length() - k)) {
          return true;
        }
      }
    }
    return false;
  }
}
