package io.reportrules.internal.engine;

import io.reportrules.quantity.internal.Blanks;
import java.util.ArrayList;
import java.util.List;

/**
 * Line breaks between a name standing alone on its line and its figure on the next, as report
 * infographics and "numbers" pages set them ("全年GDP⏎增长5.3%左右", "一般公共预算收入⏎完成12.6亿元"):
 * read through like a hard wrap, so the name and its figure make one fact, located on the
 * figure's line.
 *
 * <p>A name line holds 2 to 16 characters after its blanks, Han characters (at least two) and
 * Latin letters only: no digit, no punctuation, so that headings (一、…, (二)…) and sentences
 * never count. The next line, or the one after an empty line (a table copied one cell a
 * paragraph), must open, after its blanks, with a word a figure's tail opens with (增长, 同比, 完成 …)
 * or with a figure that is no date and no list number (2023年, 3月, 1.).
 */
final class NameLines {
  private static final int MIN = 2;
  private static final int MAX = 16;
  /** What the figure's line may open with: a change, or a verb reporting an amount. */
  private static final String[] TAIL_WORDS = TailWords.changesAnd("达到", "完成", "实现", "突破", "共计", "合计", "累计");

  private NameLines() {}

  /** The breaks after name lines, as [from, to) pairs of UTF-16 offsets in order (see {@link HardWraps}). */
  static List<int[]> breaks(String text) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int nl = text.indexOf('\n', start);
      if (nl < 0) {
        break;
      }
      int end = nl;
      while (end > start && (text.charAt(end - 1) == '\r' || Blanks.isBlank(text.charAt(end - 1)))) {
        end--;
      }
      int from = start;
      while (from < end && Blanks.isBlank(text.charAt(from))) {
        from++;
      }
      int next = nl + 1;
      while (next < text.length() && Blanks.isBlank(text.charAt(next))) {
        next++;
      }
      // one empty line between them, as a table copied one cell a paragraph leaves it
      int second = next < text.length() && text.charAt(next) == '\r' ? next + 1 : next;
      if (second < text.length() && text.charAt(second) == '\n') {
        next = second + 1;
        while (next < text.length() && Blanks.isBlank(text.charAt(next))) {
          next++;
        }
      }
      if (isName(text, from, end) && opensAFigure(text, next)) {
        out.add(new int[] {end, next});
      }
      start = nl + 1;
    }
    return out;
  }

  private static boolean isName(String text, int from, int to) {
    if (to - from < MIN || to - from > MAX) {
      return false;
    }
    int han = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (Annotations.isHan(c)) {
        han++;
      } else if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
        return false;
      }
    }
    return han >= MIN;
  }

  private static boolean opensAFigure(String text, int at) {
    for (String w : TAIL_WORDS) {
      if (text.startsWith(w, at)) {
        return true;
      }
    }
    int i = at;
    while (i < text.length() && isDigit(text.charAt(i))) {
      i++;
    }
    if (i == at) {
      return false;
    }
    char after = i < text.length() ? text.charAt(i) : '\n';
    if (after == '.' && i + 1 < text.length() && isDigit(text.charAt(i + 1))) {
      return true; // a decimal (35.2亿元), not a list number (1.)
    }
    return "年月日.、.)\r\n".indexOf(after) < 0;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9' || c >= '\uFF10' && c <= '\uFF19';
  }
}
