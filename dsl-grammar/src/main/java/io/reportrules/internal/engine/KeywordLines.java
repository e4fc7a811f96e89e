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
 * mean what they mean in the whole text. One instance per document: it splits the lines once.
 */
final class KeywordLines {
  private final String text;
  /** Start of every line; a line ends at the terminator before the next start, or at the text's end. */
  private final int[] starts;

  KeywordLines(String text) {
    this.text = text;
    int[] found = new int[64];
    int count = 1;
    boolean onlyNewlines = text.indexOf('\r') < 0 && text.indexOf('\u0085') < 0
        && text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0;
    if (onlyNewlines) {
      // most texts end lines with \n alone: one vectorized search instead of a test per character
      for (int k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) {
        found = add(found, count++, k + 1);
      }
    } else {
      for (int k = 0; k < text.length(); k++) {
        if (isTerminator(text.charAt(k))) {
          found = add(found, count++, k + 1);
        }
      }
    }
    starts = java.util.Arrays.copyOf(found, count);
  }

  private static int[] add(int[] a, int i, int value) {
    if (i == a.length) {
      a = java.util.Arrays.copyOf(a, 2 * a.length);
    }
    a[i] = value;
    return a;
  }

  /**
   * The pattern's matches, in order, not overlapping. With {@code numbered}, only keyword lines
   * that end in a digit, or are followed by a number on a line of its own, are tried.
   */
  List<MatchResult> find(Pattern pattern, boolean numbered, String... keywords) {
    List<MatchResult> out = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    int pos = 0;
    for (int line : numbered ? numberedKeywordLines(keywords) : keywordLines(keywords)) {
      if (starts[line] < pos) {
        continue;
      }
      int first = line;
      while (first > 0 && starts[first - 1] >= pos && blankOrNumber(starts[first - 1], end(first - 1))) {
        first--;
      }
      int last = line;
      while (last + 1 < starts.length && isBlank(starts[last + 1], end(last + 1))) {
        last++;
      }
      if (last + 1 < starts.length) {
        last++; // the next non-blank line: a page number may stand there
      }
      if (numbered && !endsInDigit(starts[line], end(line)) && !(last > line && endsInDigit(starts[last], end(last)))) {
        continue;
      }
      m.region(starts[first], end(last));
      if (m.find()) {
        out.add(m.toMatchResult());
        pos = m.end() > m.start() ? m.end() : m.start() + 1;
      }
    }
    return out;
  }

  private static int[] indexes(java.util.BitSet lines) {
    int[] out = new int[lines.cardinality()];
    int k = 0;
    for (int i = lines.nextSetBit(0); i >= 0; i = lines.nextSetBit(i + 1)) {
      out[k++] = i;
    }
    return out;
  }

  /** Number of lines. */
  int count() {
    return starts.length;
  }

  /** Offset where line i starts. */
  int start(int i) {
    return starts[i];
  }

  /** Offset of the terminator ending line i, or the text's length. */
  int end(int i) {
    return i + 1 < starts.length ? starts[i + 1] - 1 : text.length();
  }

  /**
   * Indexes of the lines holding a keyword that end in a digit or stand before a line that does:
   * such lines are few (body text ends in punctuation), so they are picked by their ends first.
   */
  private int[] numberedKeywordLines(String[] keywords) {
    java.util.BitSet lines = new java.util.BitSet(starts.length);
    for (int i = 0; i < starts.length; i++) {
      if (!endsInDigit(starts[i], end(i))) {
        continue;
      }
      if (holdsKeyword(i, keywords)) {
        lines.set(i);
      }
      int before = i - 1;
      while (before >= 0 && isBlank(starts[before], end(before))) {
        before--;
      }
      if (before >= 0 && holdsKeyword(before, keywords)) {
        lines.set(before);
      }
    }
    return indexes(lines);
  }

  private boolean holdsKeyword(int line, String[] keywords) {
    int from = starts[line];
    int to = end(line);
    for (String w : keywords) {
      for (int p = from; p + w.length() <= to; p++) {
        if (text.startsWith(w, p)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Indexes of the lines holding a keyword, in order, each once. */
  private int[] keywordLines(String[] keywords) {
    java.util.BitSet lines = new java.util.BitSet(starts.length);
    for (String w : keywords) {
      for (int at = indexOf(w, 0); at >= 0; at = indexOf(w, at + 1)) {
        int i = java.util.Arrays.binarySearch(starts, at);
        lines.set(i >= 0 ? i : -i - 2);
      }
    }
    return indexes(lines);
  }

  /**
   * {@code text.indexOf(w, from)} by its first character, which one vectorized search finds, then
   * the rest compared: for the short keywords here, faster than the general search of a UTF-16 string.
   */
  private int indexOf(String w, int from) {
    char c0 = w.charAt(0);
    for (int at = text.indexOf(c0, from); at >= 0; at = text.indexOf(c0, at + 1)) {
      if (text.startsWith(w, at)) {
        return at;
      }
    }
    return -1;
  }

  /** [from, to) ends, before trailing blanks, in a digit. */
  private boolean endsInDigit(int from, int to) {
    int k = to;
    while (k > from && isSpace(text.charAt(k - 1))) {
      k--;
    }
    return k > from && text.charAt(k - 1) >= '0' && text.charAt(k - 1) <= '9';
  }

  private boolean isBlank(int from, int to) {
    for (int k = from; k < to; k++) {
      if (!isSpace(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** [from, to) holds only blanks, digits and list punctuation. */
  private boolean blankOrNumber(int from, int to) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (!(isSpace(c) || (c >= '0' && c <= '9') || c == '.' || c == '\u3001' || c == '\uFF0E')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u3000';
  }

  /** Line terminators as java.util.regex sees them. */
  static boolean isTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }
}
