package io.reportrules.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the matches of a line pattern ({@code (?m)^[\s\u3000]* … $}) that can only match on a
 * line holding one of a few keywords, by running it on those lines alone instead of trying it at
 * every character of a document. A match may begin on blank or number-only lines just before the
 * keyword line and end on the next non-blank line after it (a page number set on its own line);
 * the pattern sees the text around its region (transparent bounds), so {@code ^} and {@code $}
 * mean what they mean in the whole text.
 */
final class KeywordLines {
  private KeywordLines() {}

  static List<MatchResult> find(Pattern pattern, String text, String... keywords) {
    return find(pattern, text, false, keywords);
  }

  /**
   * As {@link #find(Pattern, String, String...)}; with {@code numbered}, only keyword lines that
   * end in a digit, or are followed by a number on a line of its own, are tried.
   */
  static List<MatchResult> find(Pattern pattern, String text, boolean numbered, String... keywords) {
    List<Integer> lines = keywordLineStarts(text, keywords);
    List<MatchResult> out = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    int pos = 0;
    for (int lineStart : lines) {
      if (lineStart < pos) {
        continue;
      }
      int from = lineStart;
      while (from > pos) {
        int prev = lineStartBefore(text, from - 1);
        if (prev < pos || !blankOrNumber(text, prev, from)) {
          break;
        }
        from = prev;
      }
      int end = lineEnd(text, lineStart);
      int next = end;
      while (next < text.length()) {
        int after = lineEnd(text, next + 1);
        boolean blank = blankOrNumber(text, next + 1, after) && text.substring(next + 1, after).isBlank();
        next = after;
        if (!blank) {
          break;
        }
      }
      if (numbered && !endsInDigit(text, lineStart, end) && !(end < next && endsInDigit(text, end, next))) {
        continue;
      }
      m.region(from, next);
      if (m.find()) {
        out.add(m.toMatchResult());
        pos = m.end() > m.start() ? m.end() : m.start() + 1;
      }
    }
    return out;
  }

  /** [from, to) ends, before trailing blanks, in a digit. */
  private static boolean endsInDigit(String text, int from, int to) {
    int k = to;
    while (k > from && (Character.isWhitespace(text.charAt(k - 1)) || text.charAt(k - 1) == '\u3000')) {
      k--;
    }
    return k > from && text.charAt(k - 1) >= '0' && text.charAt(k - 1) <= '9';
  }

  /** Starts of the lines holding a keyword, in order, each once. */
  private static List<Integer> keywordLineStarts(String text, String[] keywords) {
    List<Integer> all = new ArrayList<>();
    all.add(0);
    for (int k = 0; k < text.length(); k++) {
      if (isTerminator(text.charAt(k))) {
        all.add(k + 1);
      }
    }
    java.util.TreeSet<Integer> starts = new java.util.TreeSet<>();
    for (String w : keywords) {
      for (int at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
        int i = java.util.Collections.binarySearch(all, at);
        starts.add(all.get(i >= 0 ? i : -i - 2));
      }
    }
    return new ArrayList<>(starts);
  }

  /** Start of the line holding offset {@code at}. */
  private static int lineStartBefore(String text, int at) {
    int k = at;
    while (k > 0 && !isTerminator(text.charAt(k - 1))) {
      k--;
    }
    return k;
  }

  /** Offset of the terminator ending the line that starts at or holds {@code from}, or the text's length. */
  private static int lineEnd(String text, int from) {
    int k = Math.min(from, text.length());
    while (k < text.length() && !isTerminator(text.charAt(k))) {
      k++;
    }
    return k;
  }

  /** [from, to) holds only blanks, line breaks, digits and list punctuation. */
  private static boolean blankOrNumber(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (!(Character.isWhitespace(c) || c == '\u3000' || (c >= '0' && c <= '9') || c == '.' || c == '\u3001' || c == '\uFF0E')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }
}
