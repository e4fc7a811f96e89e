package io.reportrules.internal.engine;

import java.util.regex.Pattern;

/**
 * Marks left between the characters of a sentence that are not part of it: pinyin a site's script
 * converter put in brackets after characters (實(shí)現(xiàn), 增長(zhǎng)28.2%, 億(yi) 元), footnote
 * numbers after a name (国内生产总值[2]744127亿元), the line breaks of a hard-wrapped text
 * inside its sentences ({@link HardWraps}), and the blanks of text spaced out character by
 * character ({@link SpacedLetters}). The text with them taken out, and where each of
 * its characters stood in the original, so that what is read in the clean text is reported at its
 * place in the original.
 *
 * @param text the text without the annotations
 * @param original for each offset of {@code text} (UTF-16 units) and its length, the offset in the
 *     original text
 */
public record Annotations(String text, int[] original) {
  /** Vowels with a tone mark: one in every toned syllable. */
  private static final String TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";

  /**
   * A syllable without tone marks, as some converters leave them (億(yi) 元, 業(ye) 務量): an initial
   * and a final of Mandarin. Taken only when a blank follows the bracket, which is how those
   * converters write them; a bracketed word in Latin letters (GDP, pmi) stays text.
   */
  private static final Pattern TONELESS = Pattern.compile(
      "(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ve|er|a|o|e|i|u|v)");

  public Annotations {
    if (original.length != text.length() + 1) {
      throw new IllegalArgumentException("one original offset per character and one for the end");
    }
  }

  /**
   * The text without its annotations, or null when it has none (the common case: nothing is
   * copied). An annotation stands right after a Han character: a syllable in brackets, up to five
   * letters, one vowel with a tone mark, up to five letters ("(zhǎng)"), or a syllable without
   * tone and a blank ("(yi) "); or a footnote number in square brackets ("[2]"), which may also
   * follow a closing bracket ("(GDP)[2]").
   */
  public static Annotations strip(String text) {
    // what is cut, as [from, to) in order: the annotations, then the breaks of wrapped lines and
    // after name lines merged in
    java.util.List<int[]> cuts = new java.util.ArrayList<>();
    // brackets found by a search per kind (vectorized) rather than a test of every character
    int round = text.indexOf('(');
    int square = text.indexOf('[');
    int done = 0; // annotations do not overlap: one that opens inside the last is not one
    while (round >= 0 || square >= 0) {
      int at = round < 0 ? square : square < 0 ? round : Math.min(round, square);
      int end = at >= done ? endAt(text, at) : -1;
      if (end > 0) {
        cuts.add(new int[] {at, end});
        done = end;
      }
      if (at == round) {
        round = text.indexOf('(', at + 1);
      } else {
        square = text.indexOf('[', at + 1);
      }
    }
    cuts.addAll(HardWraps.insideSentences(text));
    cuts.addAll(NameLines.breaks(text));
    cuts.addAll(SpacedLetters.blanks(text));
    cuts.addAll(SplitWords.blanks(text));
    if (cuts.isEmpty()) {
      return null;
    }
    cuts.sort(java.util.Comparator.comparingInt(c -> c[0]));
    StringBuilder out = new StringBuilder(text.length());
    int[] original = new int[text.length() + 1];
    int last = 0;
    for (int[] cut : cuts) {
      for (int i = last; i < cut[0]; i++) {
        original[out.length()] = i;
        out.append(text.charAt(i));
      }
      // a syllable's blank may also be the blank a line break's cut starts with (億(yi) ⏎元)
      last = Math.max(last, cut[1]);
    }
    for (int i = last; i < text.length(); i++) {
      original[out.length()] = i;
      out.append(text.charAt(i));
    }
    original[out.length()] = text.length();
    return new Annotations(out.toString(), java.util.Arrays.copyOf(original, out.length() + 1));
  }

  /** Just past the annotation that opens at {@code at}, or -1 when none does. */
  /**
   * {@code clean} (a name read from the text without annotations) as the original writes it
   * within [from, to): with the pinyin that stands after its characters, the last one's included
   * (地區(qū)生產(chǎn)總值), as a reader copies it. Null when it is not found there with pinyin
   * between its characters only (a name across a hard wrap or a footnote number stays clean).
   */
  public static String asWritten(String original, int from, int to, String clean) {
    if (clean.isEmpty()) {
      return null;
    }
    for (int start = original.indexOf(clean.charAt(0), from); start >= 0 && start < to;
        start = original.indexOf(clean.charAt(0), start + 1)) {
      int p = start;
      int k = 0;
      while (k < clean.length() && p < to && original.charAt(p) == clean.charAt(k)) {
        p++;
        k++;
        int end = p < to && original.charAt(p) == '(' ? endAt(original, p) : -1;
        if (end > 0 && end <= to) {
          p = end; // the pinyin after the character just matched
        }
      }
      if (k == clean.length()) {
        return original.substring(start, p).stripTrailing();
      }
    }
    return null;
  }

  private static int endAt(String text, int at) {
    char open = text.charAt(at);
    // a footnote number may also follow a name's bracketed abbreviation: 地區生產總值(GDP)[2]
    boolean afterBracket = open == '[' && at > 0 && (text.charAt(at - 1) == ')' || text.charAt(at - 1) == '\uFF09');
    if (at == 0 || !isHan(text.charAt(at - 1)) && !afterBracket) {
      return -1;
    }
    // looked for within the longest annotation only: a bracket never closed costs no scan of the rest
    int close = -1;
    for (int i = at + 1; i < text.length() && i <= at + 12; i++) {
      if (text.charAt(i) == (open == '(' ? ')' : ']')) {
        close = i;
        break;
      }
    }
    if (close < 0) {
      return -1;
    }
    if (open == '[') {
      return close > at + 1 && close <= at + 3 && allDigits(text, at + 1, close) ? close + 1 : -1;
    }
    if (close + 1 < text.length() && text.charAt(close + 1) == ' ' && close > at + 1
        && TONELESS.matcher(text).region(at + 1, close).matches()) {
      return close + 2; // the blank that marks a syllable without tone goes with it
    }
    // "社會(huì )保險": some converters leave a blank after the syllable, inside the bracket
    int last = text.charAt(close - 1) == ' ' ? close - 1 : close;
    return last > at + 1 && isTonedSyllable(text, at + 1, last) ? close + 1 : -1;
  }

  private static boolean isTonedSyllable(String text, int from, int to) {
    int before = 0;
    int after = 0;
    boolean toned = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (TONED.indexOf(c) >= 0) {
        if (toned) {
          return false;
        }
        toned = true;
      } else if ((c >= 'a' && c <= 'z') || c == 'ü') {
        if (toned ? ++after > 5 : ++before > 5) {
          return false;
        }
      } else {
        return false;
      }
    }
    return toned;
  }

  private static boolean allDigits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** A CJK ideograph (the unified block and extension A), as annotations and name lines follow. */
  static boolean isHan(char c) {
    return c >= '\u3400' && c <= '\u9FFF';
  }

  /**
   * Where [start, end) of the clean text stands in the original, as {start, end}: from its first
   * character to just past its last, annotations after it excluded; an empty span stays empty.
   */
  public int[] span(int start, int end) {
    int s = original[start];
    return new int[] {s, end <= start ? s : original[end - 1] + 1};
  }
}
