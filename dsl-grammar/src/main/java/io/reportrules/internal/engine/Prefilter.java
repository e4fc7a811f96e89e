package io.reportrules.internal.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Where in a document a rule can match, so the matcher runs only there. Two facts about a rule's
 * pattern make this exact, not a guess:
 *
 * <ul>
 *   <li>{@code splitAt}: the characters among 。;!? and line breaks that no part of the pattern can
 *       consume. No match contains one, so the document is cut into segments after each of them
 *       and every match lies inside one segment.
 *   <li>{@code needs}: things every match contains, each a {@link Need}. A segment without a hit
 *       of every need holds no match.
 * </ul>
 *
 * <p>The matcher finds the hits of the first need (the compiler puts the one most likely to be
 * rare first), runs only the segments around them that also hold a hit of every other need, and
 * so touches text far from any candidate at the cost of a word search.
 *
 * @param needs all must be present in a segment, the likely rarest first; empty: every segment is run
 * @param splitAt characters after which a segment ends; empty: the whole document is one segment
 * @param feature a document feature the whole pattern consists of, or {@link #NO_FEATURE}
 */
public record Prefilter(List<Need> needs, String splitAt, int feature) {
  public Prefilter {
    needs = List.copyOf(needs);
  }

  /** No document feature required. */
  public static final int NO_FEATURE = -1;

  /** Characters a segment may end after: the gap boundaries. */
  public static final String BOUNDARIES = "\u3002;!?\n\r";

  /**
   * One requirement: a figure of one of the types in {@code typeMask}, one of the literal
   * {@code words}, a word of one of the {@code tries}, or one of the {@code chars} (a
   * disjunction: any one of them is a hit). Words and characters are width-folded.
   */
  public static final class Need {
    private final int typeMask;
    private final List<String> words;
    private final List<Trie> tries;
    private final java.util.BitSet chars;
    /** Needs key a per-document cache, looked up once per rule and document: hashed once. */
    private final int hash;
    private final char[] charArray;

    public Need(int typeMask, List<String> words, List<Trie> tries, java.util.BitSet chars) {
      this.typeMask = typeMask;
      this.words = List.copyOf(words);
      this.tries = List.copyOf(tries);
      this.chars = (java.util.BitSet) chars.clone();
      if (typeMask == 0 && words.isEmpty() && tries.isEmpty() && chars.isEmpty()) {
        throw new IllegalArgumentException("a need must name something");
      }
      this.hash = java.util.Objects.hash(typeMask, this.words, this.tries, this.chars);
      this.charArray = new char[this.chars.cardinality()];
      int k = 0;
      for (int c = this.chars.nextSetBit(0); c >= 0; c = this.chars.nextSetBit(c + 1)) {
        charArray[k++] = (char) c;
      }
    }

    public int typeMask() {
      return typeMask;
    }

    public List<String> words() {
      return words;
    }

    public List<Trie> tries() {
      return tries;
    }

    /** The characters (a copy). */
    public java.util.BitSet chars() {
      return (java.util.BitSet) chars.clone();
    }

    /** True when the need names characters. */
    boolean hasChars() {
      return charArray.length > 0;
    }

    /** The characters, in order; not to be modified. */
    char[] charArray() {
      return charArray;
    }

    /** True when {@code c} is one of the characters. */
    boolean hasChar(char c) {
      return chars.get(c);
    }

    @Override
    public boolean equals(Object o) {
      // rules of a set share their needs' instances: most lookups end at the identity test
      return o == this || o instanceof Need n && n.hash == hash && n.typeMask == typeMask && n.words.equals(words)
          && n.tries.equals(tries) && n.chars.equals(chars);
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public String toString() {
      return "Need[typeMask=" + typeMask + ", words=" + words + ", tries=" + tries.size() + ", chars=" + chars.cardinality() + "]";
    }

    public static Need figure(int typeMask) {
      return new Need(typeMask, List.of(), List.of(), new java.util.BitSet());
    }

    public static Need word(String word) {
      return new Need(0, List.of(word), List.of(), new java.util.BitSet());
    }

    public static Need lexicon(Trie trie) {
      return new Need(0, List.of(), List.of(trie), new java.util.BitSet());
    }

    /** One of a set of characters (what a regex atom's match starts with). */
    public static Need anyOf(java.util.BitSet chars) {
      return new Need(0, List.of(), List.of(), chars);
    }

    /** Either of two needs: a hit of one is a hit of this. */
    public Need or(Need other) {
      List<String> w = new ArrayList<>(words);
      other.words.stream().filter(x -> !w.contains(x)).forEach(w::add);
      List<Trie> t = new ArrayList<>(tries);
      other.tries.stream().filter(x -> !t.contains(x)).forEach(t::add);
      java.util.BitSet c = (java.util.BitSet) chars.clone();
      c.or(other.chars);
      return new Need(typeMask | other.typeMask, w, t, c);
    }
  }

  /** Segments [start, end) of {@code doc} the rule must be run on, in document order. */
  List<int[]> segments(DocumentContext doc) {
    int n = doc.length();
    List<int[]> out = new ArrayList<>();
    if (needs.isEmpty()) {
      if (splitAt.isEmpty()) {
        out.add(new int[] {0, n});
        return out;
      }
      int start = 0;
      for (int b : doc.needs().boundaries(splitAt)) {
        out.add(new int[] {start, b + 1});
        start = b + 1;
      }
      if (start < n || n == 0) {
        out.add(new int[] {start, n});
      }
      return out;
    }
    NeedIndex index = doc.needs();
    int[] cuts = index.boundaries(splitAt);
    for (int k : index.segmentsWith(needs.get(0), splitAt)) {
      int start = k == 0 ? 0 : cuts[k - 1] + 1;
      int end = k < cuts.length ? cuts[k] + 1 : n;
      boolean all = true;
      for (int i = 1; i < needs.size() && all; i++) {
        all = index.hasHitInSegment(needs.get(i), splitAt, k, start, end);
      }
      if (all) {
        out.add(new int[] {start, end});
      }
    }
    return out;
  }
}
