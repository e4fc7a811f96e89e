package io.reportrules.internal.engine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
  /** One annotation: a syllable with a tone mark in brackets, right after a Han character. */
  private static final Pattern ANNOTATION =
      Pattern.compile("(?<=[\\u3400-\\u9FFF])\\([a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,5}\\)");

  public PinyinAnnotations {
    if (original.length != text.length() + 1) {
      throw new IllegalArgumentException("one original offset per character and one for the end");
    }
  }

  /** The text without its annotations, or null when it has none (the common case: nothing is copied). */
  public static PinyinAnnotations strip(String text) {
    if (text.indexOf('(') < 0) {
      return null;
    }
    Matcher m = ANNOTATION.matcher(text);
    if (!m.find()) {
      return null;
    }
    StringBuilder out = new StringBuilder(text.length());
    int[] original = new int[text.length() + 1];
    int last = 0;
    do {
      for (int i = last; i < m.start(); i++) {
        original[out.length()] = i;
        out.append(text.charAt(i));
      }
      last = m.end();
    } while (m.find());
    for (int i = last; i < text.length(); i++) {
      original[out.length()] = i;
      out.append(text.charAt(i));
    }
    original[out.length()] = text.length();
    return new PinyinAnnotations(out.toString(), java.util.Arrays.copyOf(original, out.length() + 1));
  }

  /** The original offset of a span's start in the clean text. */
  public int start(int start) {
    return original[start];
  }

  /** The original offset of a span's end (exclusive): just past its last character, annotations after it excluded. */
  public int end(int start, int end) {
    return end <= start ? original[start] : original[end - 1] + 1;
  }
}
