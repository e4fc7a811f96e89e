package io.reportrules.internal.engine;

import io.reportrules.quantity.Quantity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the needs of rules ({@link Prefilter.Need}) are met in one document, and where its
 * segments end: computed on first use, once per need, and shared by every rule with that need.
 * Not thread-safe, like the rest of a document's lazily built parts: one document is matched by
 * one thread.
 */
final class NeedIndex {
  /** Up to this many characters are searched one by one (String.indexOf) instead of by a scan. */
  private static final int FEW_CHARS = 4;

  private final DocumentContext doc;
  private final char[] folded;
  private final List<Quantity> tokens;
  private final int[] tokenStarts;
  /** Per need (by value): its hits as start, end pairs; see {@link #hits}. */
  private final Map<Prefilter.Need, int[]> hitCache = new HashMap<>();
  private final Map<String, int[]> boundaryCache = new HashMap<>();
  private String foldedText;

  NeedIndex(DocumentContext doc) {
    this.doc = doc;
    this.folded = doc.folded();
    this.tokens = doc.tokens();
    this.tokenStarts = doc.tokenStarts();
  }

  /**
   * Where {@code need} is met: pairs of start and end offsets (start, end, start, end …) sorted
   * by start, then end. Computed once per need.
   */
  int[] hits(Prefilter.Need need) {
    int[] cached = hitCache.get(need);
    if (cached != null) {
      return cached;
    }
    long[] found = new long[16];
    int count = 0;
    if (need.typeMask() != 0) {
      for (Quantity q : tokens) {
        if ((need.typeMask() & (1 << q.type().ordinal())) != 0 && q.end() > q.start()) {
          found = grow(found, count);
          found[count++] = pair(q.start(), q.end());
        }
      }
    }
    if (foldedText == null && (!need.words().isEmpty() || need.hasChars() || !need.tries().isEmpty())) {
      foldedText = new String(folded);
    }
    for (String w : need.words()) {
      for (int at = foldedText.indexOf(w); at >= 0; at = foldedText.indexOf(w, at + 1)) {
        found = grow(found, count);
        found[count++] = pair(at, at + w.length());
      }
    }
    if (need.hasChars()) {
      char[] chars = need.charArray();
      if (chars.length <= FEW_CHARS) {
        // a few characters (x and X of a mask): one vectorized search each
        for (char c : chars) {
          for (int at = foldedText.indexOf(c); at >= 0; at = foldedText.indexOf(c, at + 1)) {
            found = grow(found, count);
            found[count++] = pair(at, at + 1);
          }
        }
      } else {
        for (int p = 0; p < folded.length; p++) {
          if (need.hasChar(folded[p])) {
            found = grow(found, count);
            found[count++] = pair(p, p + 1);
          }
        }
      }
    }
    for (Trie trie : need.tries()) {
      char[] first = trie.firstCharArray();
      if (first.length <= FEW_CHARS) {
        for (char c : first) {
          for (int at = foldedText.indexOf(c); at >= 0; at = foldedText.indexOf(c, at + 1)) {
            int from = at;
            long[][] box = {found};
            int[] n = {count};
            trie.matchAt(folded, at, folded.length, end -> {
              box[0] = grow(box[0], n[0]);
              box[0][n[0]++] = pair(from, end);
            });
            found = box[0];
            count = n[0];
          }
        }
        continue;
      }
      for (int p = 0; p < folded.length; p++) {
        if (trie.mayStartAt(folded, p, folded.length)) {
          int from = p;
          long[][] box = {found};
          int[] c = {count};
          trie.matchAt(folded, p, folded.length, end -> {
            box[0] = grow(box[0], c[0]);
            box[0][c[0]++] = pair(from, end);
          });
          found = box[0];
          count = c[0];
        }
      }
    }
    if (!sorted(found, count)) {
      java.util.Arrays.sort(found, 0, count);
    }
    int[] out = new int[2 * count];
    for (int i = 0; i < count; i++) {
      out[2 * i] = (int) (found[i] >>> 32);
      out[2 * i + 1] = (int) found[i];
    }
    hitCache.put(need, out);
    return out;
  }

  private static boolean sorted(long[] a, int count) {
    for (int i = 1; i < count; i++) {
      if (a[i - 1] > a[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when {@code need} is met within [from, to): found in the hits when they are computed
   * already, else by looking at that stretch of text only.
   */
  boolean hasHit(Prefilter.Need need, int from, int to) {
    int[] pairs = hitCache.get(need);
    if (pairs != null) {
      int k = 2 * firstPairFrom(pairs, from);
      for (; k < pairs.length && pairs[k] < to; k += 2) {
        if (pairs[k + 1] <= to) {
          return true;
        }
      }
      return false;
    }
    if (need.typeMask() != 0) {
      for (int i = doc.firstTokenFrom(from); i < tokens.size() && tokens.get(i).start() < to; i++) {
        Quantity q = tokens.get(i);
        if ((need.typeMask() & (1 << q.type().ordinal())) != 0 && q.end() <= to && q.end() > q.start()) {
          return true;
        }
      }
    }
    for (String w : need.words()) {
      char c0 = w.charAt(0);
      for (int p = from; p + w.length() <= to; p++) {
        if (folded[p] == c0 && regionEquals(p, w)) {
          return true;
        }
      }
    }
    if (need.hasChars()) {
      for (int p = from; p < to; p++) {
        if (need.hasChar(folded[p])) {
          return true;
        }
      }
    }
    for (Trie trie : need.tries()) {
      boolean[] hit = {false};
      for (int p = from; p < to && !hit[0]; p++) {
        if (trie.mayStartAt(folded, p, to)) {
          trie.matchAt(folded, p, to, end -> hit[0] = true);
        }
      }
      if (hit[0]) {
        return true;
      }
    }
    return false;
  }

  private boolean regionEquals(int p, String w) {
    for (int k = 1; k < w.length(); k++) {
      if (folded[p + k] != w.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Index of the first (start, end) pair starting at or after pos. */
  private static int firstPairFrom(int[] pairs, int pos) {
    int lo = 0;
    int hi = pairs.length / 2;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (pairs[2 * mid] < pos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static long pair(int start, int end) {
    return ((long) start << 32) | end;
  }

  private static long[] grow(long[] a, int count) {
    return count < a.length ? a : java.util.Arrays.copyOf(a, a.length * 2);
  }

  /** Sorted offsets of the characters of {@code chars} (some of 。;!? and line breaks) in the folded text. */
  int[] boundaries(String chars) {
    int[] cached = boundaryCache.get(chars);
    if (cached == null) {
      int[] all = doc.clauseStarts(); // every boundary + 1, after a leading 0
      int count = 0;
      int[] picked = new int[all.length];
      for (int i = 1; i < all.length; i++) {
        if (chars.indexOf(folded[all[i] - 1]) >= 0) {
          picked[count++] = all[i] - 1;
        }
      }
      cached = java.util.Arrays.copyOf(picked, count);
      boundaryCache.put(chars, cached);
    }
    return cached;
  }
}
