package io.reportrules.internal.engine;


/**
 * A word list matched by walking a trie from a position: cost is bounded by the longest word, not
 * by the number of words. Words are width-folded when added.
 */
public final class Trie {
  /** Children in sorted arrays: a lookup is a short binary search, with no boxing of characters. */
  private static final class Node {
    char[] keys = new char[0];
    Node[] kids = new Node[0];
    boolean word;

    Node get(char c) {
      char[] k = keys;
      int lo = 0;
      int hi = k.length - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        char m = k[mid];
        if (m < c) {
          lo = mid + 1;
        } else if (m > c) {
          hi = mid - 1;
        } else {
          return kids[mid];
        }
      }
      return null;
    }

    Node getOrAdd(char c) {
      Node n = get(c);
      if (n != null) {
        return n;
      }
      int at = 0;
      while (at < keys.length && keys[at] < c) {
        at++;
      }
      char[] k = new char[keys.length + 1];
      Node[] d = new Node[kids.length + 1];
      System.arraycopy(keys, 0, k, 0, at);
      System.arraycopy(kids, 0, d, 0, at);
      k[at] = c;
      d[at] = n = new Node();
      System.arraycopy(keys, at, k, at + 1, keys.length - at);
      System.arraycopy(kids, at, d, at + 1, kids.length - at);
      keys = k;
      kids = d;
      return n;
    }
  }

  private final Node root = new Node();
  private final java.util.Set<Character> chars = new java.util.HashSet<>();
  private final java.util.BitSet first = new java.util.BitSet();
  /** first as a table: the test runs once per character of a document in a full scan. */
  private final boolean[] firstTable = new boolean[0x10000];
  /** First characters of one-character words. */
  private final java.util.BitSet single = new java.util.BitSet();
  /** A Bloom-like set of the first two characters of longer words: a full scan tests pairs. */
  private final java.util.BitSet pairs = new java.util.BitSet(1 << 16);
  private final java.util.BitSet last = new java.util.BitSet();
  private int size;
  private int maxLength;

  public void add(String word) {
    String folded = Folding.fold(word);
    if (folded.isEmpty()) {
      throw new IllegalArgumentException("empty word");
    }
    Node n = root;
    first.set(folded.charAt(0));
    firstArray = null;
    firstTable[folded.charAt(0)] = true;
    if (folded.length() == 1) {
      single.set(folded.charAt(0));
    } else {
      pairs.set(pairHash(folded.charAt(0), folded.charAt(1)));
    }
    last.set(folded.charAt(folded.length() - 1));
    for (int i = 0; i < folded.length(); i++) {
      chars.add(folded.charAt(i));
      n = n.getOrAdd(folded.charAt(i));
    }
    if (!n.word) {
      n.word = true;
      size++;
    }
    maxLength = Math.max(maxLength, folded.length());
  }

  /** True when some word contains a character {@code p} accepts. */
  public boolean anyChar(CharPredicate p) {
    return chars.stream().anyMatch(p::test);
  }

  /** The characters words start with (a copy). */
  public java.util.BitSet firstChars() {
    return (java.util.BitSet) first.clone();
  }

  /** The characters words start with, in order; not to be modified. */
  char[] firstCharArray() {
    char[] a = firstArray;
    if (a == null) {
      a = new char[first.cardinality()];
      int k = 0;
      for (int c = first.nextSetBit(0); c >= 0; c = first.nextSetBit(c + 1)) {
        a[k++] = (char) c;
      }
      firstArray = a;
    }
    return a;
  }

  private volatile char[] firstArray;

  private static int pairHash(char a, char b) {
    return ((a * 31) ^ (b * 0x9E37)) & 0xFFFF;
  }

  /**
   * False when no word starts at {@code p} of {@code text} (before {@code limit}); true when one
   * may: tests the first character, then the first two, before any walk of the trie.
   */
  public boolean mayStartAt(char[] text, int p, int limit) {
    char c = text[p];
    return firstTable[c] && (single.get(c) || (p + 1 < limit && pairs.get(pairHash(c, text[p + 1]))));
  }

  /** True when some word ends with {@code c}. */
  public boolean mayEndWith(char c) {
    return last.get(c);
  }

  /** True when some word starts with {@code c}: a cheap test before {@link #matchAt}. */
  public boolean mayStartWith(char c) {
    return firstTable[c];
  }

  public int size() {
    return size;
  }

  public int maxLength() {
    return maxLength;
  }

  /** Calls {@code sink} with the end offset of every word that starts at {@code from}. */
  public void matchAt(char[] text, int from, int limit, java.util.function.IntConsumer sink) {
    Node n = root;
    for (int i = from; i < limit; i++) {
      n = n.get(text[i]);
      if (n == null) {
        return;
      }
      if (n.word) {
        sink.accept(i + 1);
      }
    }
  }

  /** True when {@code text} is one of the words. */
  public boolean contains(String text) {
    Node n = root;
    String folded = Folding.fold(text);
    for (int i = 0; i < folded.length() && n != null; i++) {
      n = n.get(folded.charAt(i));
    }
    return n != null && n.word;
  }
}
