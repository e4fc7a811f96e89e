package io.reportrules.internal.engine;

import io.reportrules.quantity.Quantity;
import java.util.Arrays;
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
  /**
   * Up to this many characters are searched one by one (String.indexOf, vectorized) instead of by
   * one scan testing every position: on the seeds, the hits of a 12-character trie took 125 µs
   * instead of 345–445 µs, of a 17-character one 170 µs instead of 280–360 µs; at ~37 the two
   * cost the same.
   */
  private static final int FEW_CHARS = 24;

  private final DocumentContext doc;
  private final char[] folded;
  private final List<Quantity> tokens;
  /** Per need (by value): what is known of it in this document. */
  private final Map<Prefilter.Need, Known> known = new HashMap<>();
  private final Map<String, int[]> boundaryCache = new HashMap<>();

  /** One lookup per question about a need, whether its hits are known yet or not. */
  private static final class Known {
    /** Its hits as start, end pairs (see {@link #hits}), or null until computed. */
    int[] hits;
    /** How much text {@link #hasHit} has looked at for it, hit by hit, before its hits were computed. */
    int lookedAt;
    /** Per set of segment ends (a rule's splitAt): the segments holding a hit, see {@link #segmentsWith}. */
    Map<String, int[]> segments;
    /** Per set of segment ends: per segment, 0 not asked yet, 1 a hit inside, 2 none. */
    Map<String, byte[]> inSegment;
  }

  private Known known(Prefilter.Need need) {
    return known.computeIfAbsent(need, n -> new Known());
  }

  NeedIndex(DocumentContext doc) {
    this.doc = doc;
    this.folded = doc.folded();
    this.tokens = doc.tokens();
  }

  /**
   * Where {@code need} is met: pairs of start and end offsets (start, end, start, end …) sorted
   * by start, then end. Computed once per need.
   */
  int[] hits(Prefilter.Need need) {
    Known k = known(need);
    if (k.hits != null) {
      return k.hits;
    }
    Hits found = new Hits();
    if (need.typeMask() != 0) {
      for (int i = 0; i < tokens.size(); i++) {
        Quantity q = tokens.get(i);
        if ((need.typeMask() & doc.tokenBit(i)) != 0 && q.end() > q.start()) {
          found.add(q.start(), q.end());
        }
      }
    }
    String foldedText = doc.foldedText();
    for (String w : need.words()) {
      for (int at = foldedText.indexOf(w); at >= 0; at = foldedText.indexOf(w, at + 1)) {
        found.add(at, at + w.length());
      }
    }
    if (need.hasChars()) {
      if (need.charArray().length <= FEW_CHARS) {
        // a few characters (x and X of a mask): one vectorized search each
        for (char c : need.charArray()) {
          for (int at = foldedText.indexOf(c); at >= 0; at = foldedText.indexOf(c, at + 1)) {
            found.add(at, at + 1);
          }
        }
      } else {
        for (int p = 0; p < folded.length; p++) {
          if (need.hasChar(folded[p])) {
            found.add(p, p + 1);
          }
        }
      }
    }
    for (Trie trie : need.tries()) {
      if (trie.firstCharArray().length <= FEW_CHARS) {
        for (char c : trie.firstCharArray()) {
          for (int at = foldedText.indexOf(c); at >= 0; at = foldedText.indexOf(c, at + 1)) {
            found.wordsOf(trie, folded, at);
          }
        }
      } else {
        for (int p = 0; p < folded.length; p++) {
          if (trie.mayStartAt(folded, p, folded.length)) {
            found.wordsOf(trie, folded, p);
          }
        }
      }
    }
    int[] out = found.sortedPairs();
    k.hits = out;
    return out;
  }

  /** Hits as they are found, each a start and an end packed in a long. */
  private static final class Hits {
    private long[] pairs = new long[16];
    private int count;

    void add(int start, int end) {
      if (count == pairs.length) {
        pairs = Arrays.copyOf(pairs, count * 2);
      }
      pairs[count++] = ((long) start << 32) | end;
    }

    /** Every word of {@code trie} starting at {@code from}. */
    void wordsOf(Trie trie, char[] text, int from) {
      trie.matchAt(text, from, text.length, end -> add(from, end));
    }

    /** start, end, start, end … sorted by start, then end. */
    int[] sortedPairs() {
      for (int i = 1; i < count; i++) {
        if (pairs[i - 1] > pairs[i]) {
          Arrays.sort(pairs, 0, count);
          break;
        }
      }
      int[] out = new int[2 * count];
      for (int i = 0; i < count; i++) {
        out[2 * i] = (int) (pairs[i] >>> 32);
        out[2 * i + 1] = (int) pairs[i];
      }
      return out;
    }
  }

  /**
   * True when {@code need} is met within [from, to): found in the hits when they are computed
   * already, else by looking at that stretch of text only.
   */
  boolean hasHit(Prefilter.Need need, int from, int to) {
    Known known = known(need);
    int[] pairs = known.hits;
    if (pairs == null && (known.lookedAt += to - from) > folded.length / 2) {
      // asked about more than half the text: finding every hit once costs less than going on
      pairs = hits(need);
    }
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
        if ((need.typeMask() & doc.tokenBit(i)) != 0 && q.end() <= to && q.end() > q.start()) {
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

  /**
   * Indexes of the segments (cut after each of {@code splitAt}'s characters, see
   * {@link #boundaries}) that hold a hit of {@code need} not crossing a cut, in order. Computed once
   * per need and set of cuts: most rules of a set start from the same need (a money figure).
   */
  int[] segmentsWith(Prefilter.Need need, String splitAt) {
    Known k = known(need);
    if (k.segments == null) {
      k.segments = new HashMap<>();
    }
    int[] cached = k.segments.get(splitAt);
    if (cached != null) {
      return cached;
    }
    int[] pairs = hits(need);
    int[] cuts = boundaries(splitAt);
    int[] out = new int[cuts.length + 1];
    int count = 0;
    int seg = 0;
    for (int i = 0; i < pairs.length; i += 2) {
      int hs = pairs[i];
      int he = pairs[i + 1];
      while (seg < cuts.length && cuts[seg] < hs) {
        seg++; // hits come by start: the segment holding hs is this one or a later one
      }
      if (seg < cuts.length && cuts[seg] < he - 1) {
        continue; // crosses a cut: in no segment
      }
      if (count == 0 || out[count - 1] != seg) {
        out[count++] = seg;
      }
    }
    cached = Arrays.copyOf(out, count);
    k.segments.put(splitAt, cached);
    return cached;
  }

  /**
   * {@link #hasHit} for the segment {@code seg} = [from, to) of the cuts after {@code splitAt}:
   * remembered, as the rules of a set ask the same segments about the same needs.
   */
  boolean hasHitInSegment(Prefilter.Need need, String splitAt, int seg, int from, int to) {
    Known k = known(need);
    if (k.inSegment == null) {
      k.inSegment = new HashMap<>();
    }
    byte[] state = k.inSegment.get(splitAt);
    if (state == null) {
      state = new byte[boundaries(splitAt).length + 1];
      k.inSegment.put(splitAt, state);
    }
    if (state[seg] == 0) {
      state[seg] = hasHit(need, from, to) ? (byte) 1 : (byte) 2;
    }
    return state[seg] == 1;
  }

  private boolean regionEquals(int p, String w) {
    for (int k = 1; k < w.length(); k++) {
      if (folded[p + k] != w.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Index of the first (start, end) pair of {@code pairs} (sorted by start) starting at or after pos. */
  static int firstPairFrom(int[] pairs, int pos) {
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
      cached = Arrays.copyOf(picked, count);
      boundaryCache.put(chars, cached);
    }
    return cached;
  }
}
