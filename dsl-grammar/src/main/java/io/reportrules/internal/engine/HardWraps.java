package io.reportrules.internal.engine;

import io.reportrules.quantity.internal.Blanks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Line breaks a PDF converter or a fixed-width editor put inside sentences: the text was wrapped
 * at one width, so most of its long lines are that wide (in display columns: a Han character or a
 * full-width form counts two, anything else one), and a line that wide ending without sentence
 * punctuation goes on in the next one ("…其中,第一产业88 366万元,第三产业84 392⏎万元,分别增长…").
 *
 * <p>A document counts as wrapped when at least five of its lines of 20 columns or more, and at
 * least 40 % of them, lie within two columns of the most common width of 30 columns or more; or
 * the same in characters (10, 15) when more lines agree on a width so counted: digitized books
 * are wrapped at a count of characters, whatever their width. Its breaks inside sentences are then
 * those after a line within three columns (characters) of that width that does not end in 。;:!?
 * (or a closing quote), before a line that starts neither with a blank (an indented paragraph) nor
 * with a heading number (一、 (一) 1. 第…). Such a break may fall anywhere: inside a figure, a tail
 * word or a name ("第三产业增加值完⏎成8.56亿元"); a fact read across it is located on the line of its
 * first digit (see Extractor). Other documents have none: a report written one paragraph a line
 * is never touched.
 */
final class HardWraps {
  private static final String SENTENCE_END = "。;:!?;:!?”\"";
  private static final java.util.regex.Pattern HEADING =
      java.util.regex.Pattern.compile("([一二三四五六七八九十]+、|[((][一二三四五六七八九十0-9]+[))]|[0-9]+[.、.](?![0-9])|第[一二三四五六七八九十]+)");

  private HardWraps() {}

  /**
   * A line: [start, end) of its text without trailing blanks and \r, that text's display width
   * and its length in characters (both -1 for a table row).
   */
  private record Line(int start, int end, int width, int chars) {
    int measure(boolean inChars) {
      return inChars ? chars : width;
    }
  }

  /**
   * The breaks inside sentences of a wrapped document, as [from, to) pairs of UTF-16 offsets in
   * order: from the end of a line's text (its trailing blanks included) to the start of the next
   * line. Empty when the document is not wrapped.
   */
  static List<int[]> insideSentences(String text) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      while (end > start && (text.charAt(end - 1) == '\r' || Blanks.isBlank(text.charAt(end - 1)))) {
        end--;
      }
      // a row of a table (cells between | or tabs) is no wrapped prose: its width says nothing
      boolean row = hasCellSeparator(text, start, end);
      lines.add(new Line(start, end, row ? -1 : width(text, start, end), row ? -1 : end - start));
      start = nl < 0 ? text.length() : nl + 1;
    }
    // most converters wrap at a display width; some digitized books at a count of characters,
    // half-width digits and all (a line of 36 characters, wide or not): the measure more lines
    // agree on is the one the text was wrapped by
    Wrap byColumns = wrap(lines, false);
    Wrap byChars = wrap(lines, true);
    boolean inChars = byChars.lines() > byColumns.lines();
    Wrap chosen = inChars ? byChars : byColumns;
    if (chosen.lines() == 0) {
      return List.of();
    }
    int mode = chosen.width();
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i + 1 < lines.size(); i++) {
      Line l = lines.get(i);
      Line n = lines.get(i + 1);
      if (l.width() >= 0 && n.width() >= 0 && Math.abs(l.measure(inChars) - mode) <= 3 && l.end() > l.start()
          && SENTENCE_END.indexOf(text.charAt(l.end() - 1)) < 0
          && n.end() > n.start() && !Blanks.isBlank(text.charAt(n.start()))
          && !HEADING.matcher(text).region(n.start(), n.end()).lookingAt()) {
        out.add(new int[] {l.end(), n.start()});
      }
    }
    return out;
  }

  /** A width a document may be wrapped at, and how many of its lines lie near it (0: not wrapped). */
  private record Wrap(int width, int lines) {
    static final Wrap NONE = new Wrap(-1, 0);
  }

  /**
   * The width the document is wrapped at, in display columns or ({@code inChars}) characters, or
   * {@link Wrap#NONE} when it is not wrapped by that measure: at least five of its long lines (20
   * columns, 10 characters), and at least 40 % of them, must lie within two of the most common
   * width of 30 columns (15 characters) or more.
   */
  private static Wrap wrap(List<Line> lines, boolean inChars) {
    int longLine = inChars ? 10 : 20;
    int wide = inChars ? 15 : 30;
    int longLines = 0;
    Map<Integer, Integer> byWidth = new HashMap<>();
    for (Line l : lines) {
      int w = l.measure(inChars);
      if (w >= longLine) {
        longLines++;
      }
      if (w >= wide) {
        byWidth.merge(w, 1, Integer::sum);
      }
    }
    if (longLines < 5 || byWidth.isEmpty()) {
      return Wrap.NONE;
    }
    int mode = -1;
    int best = -1;
    for (int w : byWidth.keySet()) {
      int around = 0;
      for (int d = -2; d <= 2; d++) {
        around += byWidth.getOrDefault(w + d, 0);
      }
      if (around > best || around == best && w < mode) {
        best = around;
        mode = w;
      }
    }
    int near = 0;
    for (Line l : lines) {
      if (l.measure(inChars) >= longLine && Math.abs(l.measure(inChars) - mode) <= 2) {
        near++;
      }
    }
    return near < 5 || near < 0.4 * longLines ? Wrap.NONE : new Wrap(mode, near);
  }

  /** True when [from, to) holds a table's cell separator: a pipe (half- or full-width) or a tab. */
  private static boolean hasCellSeparator(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '|' || c == '\t' || c == '\uFF5C') {
        return true;
      }
    }
    return false;
  }

  /** Display columns of [from, to): two for East Asian wide and full-width characters, one else. */
  private static int width(String text, int from, int to) {
    int w = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      w += c >= 0x2E80 && c <= 0xA4CF || c >= 0xAC00 && c <= 0xD7A3 || c >= 0xF900 && c <= 0xFAFF
          || c >= 0xFE30 && c <= 0xFE4F || c >= 0xFF00 && c <= 0xFF60 || c >= 0xFFE0 && c <= 0xFFE6 ? 2 : 1;
    }
    return w;
  }
}
