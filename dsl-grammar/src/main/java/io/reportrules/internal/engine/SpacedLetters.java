package io.reportrules.internal.engine;

import io.reportrules.quantity.internal.Blanks;
import java.util.ArrayList;
import java.util.List;

/**
 * Text a converter spaced out character by character ("完 成 地 方 财 政 收 入 1121 万 元 , 同 期 增
 * 长186.4%"): ordinary text has blanks between words or figures, never between every character, so
 * a run of at least {@link #MIN_RUN} one-character tokens, each separated from the next by one
 * blank, is read as written without those blanks. The blanks inside the run go, and so do the
 * single blanks on its edges (增 长186.4%, 入 1121), which part the run from the token next to it.
 */
final class SpacedLetters {
  /** The fewest one-character tokens in a row that make a run; headings such as "市 长" are shorter. */
  static final int MIN_RUN = 4;

  private SpacedLetters() {}

  /** The blanks read through, as [from, to) pairs of UTF-16 offsets in order; empty when there are none. */
  static List<int[]> blanks(String text) {
    List<int[]> out = new ArrayList<>();
    int n = text.length();
    // the tokens of the current line, as [start, end): runs of characters between blanks
    List<int[]> tokens = new ArrayList<>();
    int i = 0;
    while (i <= n) {
      if (i == n || text.charAt(i) == '\n') {
        collect(text, tokens, out);
        tokens.clear();
        i++;
        continue;
      }
      if (isBlank(text.charAt(i))) {
        i++;
        continue;
      }
      int s = i;
      while (i < n && text.charAt(i) != '\n' && !isBlank(text.charAt(i))) {
        i++;
      }
      tokens.add(new int[] {s, i});
    }
    return out;
  }

  /** Adds the separators of the runs among one line's tokens. */
  private static void collect(String text, List<int[]> tokens, List<int[]> out) {
    int k = 0;
    while (k < tokens.size()) {
      int first = k;
      while (k < tokens.size() && isSingle(text, tokens.get(k)) && (k == first || singleBlankBetween(tokens.get(k - 1), tokens.get(k)))) {
        k++;
      }
      if (k - first >= MIN_RUN) {
        int from = first > 0 && singleBlankBetween(tokens.get(first - 1), tokens.get(first)) ? first - 1 : first;
        int to = k < tokens.size() && singleBlankBetween(tokens.get(k - 1), tokens.get(k)) ? k : k - 1;
        for (int j = from; j < to; j++) {
          out.add(new int[] {tokens.get(j)[1], tokens.get(j + 1)[0]});
        }
      }
      if (k == first) {
        k++;
      }
    }
  }

  /** One character, other than a table's cell separator (| 普 陀 | % | is a row, not spaced text). */
  private static boolean isSingle(String text, int[] token) {
    return token[1] - token[0] == 1 && text.charAt(token[0]) != '|';
  }

  private static boolean singleBlankBetween(int[] a, int[] b) {
    return b[0] - a[1] == 1;
  }

  private static boolean isBlank(char c) {
    return Blanks.isBlank(c) || c == '\r';
  }
}
