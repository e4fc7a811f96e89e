package io.reportrules.internal.engine;

/**
 * Pinyin that a site's script converter left in brackets after characters (實(shí)現(xiàn),
 * 增長(zhǎng)28.2%): the text with them taken out, and where each of its characters stood in the
 * original, so that what is read in the clean text is reported at its place in the original.
 *
 * @param text the text without the annotations
 * @param original for each offset of {@code text} (UTF-16 units) and its length, the offset in the
 *     original text
 */
public record PinyinAnnotations(String text, int[] original) {
  /** Vowels with a tone mark: one in every annotation. */
  private static final String TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";

  public PinyinAnnotations {
    if (original.length != text.length() + 1) {
      throw new IllegalArgumentException("one original offset per character and one for the end");
    }
  }

  /**
   * The text without its annotations, or null when it has none (the common case: nothing is
   * copied). An annotation is a syllable in brackets right after a Han character: up to five
   * letters, one vowel with a tone mark, up to five letters ("(zhǎng)").
   */
  public static PinyinAnnotations strip(String text) {
    int first = next(text, 0);
    if (first < 0) {
      return null;
    }
    StringBuilder out = new StringBuilder(text.length());
    int[] original = new int[text.length() + 1];
    int last = 0;
    for (int at = first; at >= 0; at = next(text, last)) {
      for (int i = last; i < at; i++) {
        original[out.length()] = i;
        out.append(text.charAt(i));
      }
      last = text.indexOf(')', at) + 1;
    }
    for (int i = last; i < text.length(); i++) {
      original[out.length()] = i;
      out.append(text.charAt(i));
    }
    original[out.length()] = text.length();
    return new PinyinAnnotations(out.toString(), java.util.Arrays.copyOf(original, out.length() + 1));
  }

  /** Where the next annotation at or after {@code from} starts, or -1. */
  private static int next(String text, int from) {
    for (int at = text.indexOf('(', from); at >= 0; at = text.indexOf('(', at + 1)) {
      if (isAnnotationAt(text, at)) {
        return at;
      }
    }
    return -1;
  }

  private static boolean isAnnotationAt(String text, int at) {
    if (at == 0 || !isHan(text.charAt(at - 1))) {
      return false;
    }
    int before = 0;
    int after = 0;
    boolean toned = false;
    for (int i = at + 1; i < text.length() && i <= at + 12; i++) {
      char c = text.charAt(i);
      if (c == ')') {
        return toned;
      }
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
    return false;
  }

  private static boolean isHan(char c) {
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
