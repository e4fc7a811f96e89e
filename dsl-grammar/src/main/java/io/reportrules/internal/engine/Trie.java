package io.reportrules.internal.engine;

import java.util.HashMap;
import java.util.Map;

/**
 * A word list matched by walking a trie from a position: cost is bounded by the longest word, not
 * by the number of words. Words are width-folded when added.
 */
public final class Trie {
  private static final class Node {
    final Map<Character, Node> next = new HashMap<>(4);
    boolean word;
  }

  private final Node root = new Node();
  private final java.util.Set<Character> chars = new java.util.HashSet<>();
  private int size;
  private int maxLength;

  public void add(String word) {
    String folded = Width.fold(word);
    if (folded.isEmpty()) {
      throw new IllegalArgumentException("empty word");
    }
    Node n = root;
    for (int i = 0; i < folded.length(); i++) {
      chars.add(folded.charAt(i));
      n = n.next.computeIfAbsent(folded.charAt(i), k -> new Node());
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
      n = n.next.get(text[i]);
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
    String folded = Width.fold(text);
    for (int i = 0; i < folded.length() && n != null; i++) {
      n = n.next.get(folded.charAt(i));
    }
    return n != null && n.word;
  }
}
