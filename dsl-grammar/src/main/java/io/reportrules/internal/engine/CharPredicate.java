package io.reportrules.internal.engine;

import java.util.BitSet;
import java.util.regex.Pattern;

/** A test on one (folded) UTF-16 unit. */
@FunctionalInterface
public interface CharPredicate {
  boolean test(char c);

  static CharPredicate of(char expected) {
    return new Literal(expected);
  }

  /** One character: the compiler and the matcher recognize it and compare it directly. */
  record Literal(char expected) implements CharPredicate {
    @Override
    public boolean test(char c) {
      return c == expected;
    }
  }

  /**
   * A predicate from a regex character class such as {@code [0-9一二三]}, on folded text: a
   * character matches when the class holds it or any character that folds to it ({@code [0-9]}
   * matches the ５ of full-width text, read as 5). A negated class excludes the folded forms of what
   * it names: {@code [^;]} matches neither ; nor ；, which text reads as the same character. The class
   * is evaluated once for every BMP character at compile time, so matching costs one bit lookup.
   */
  static CharPredicate ofClass(Pattern singleCharClass) {
    String source = singleCharClass.pattern();
    boolean negated = source.startsWith("[^") && source.endsWith("]");
    Pattern named = negated ? Pattern.compile("[" + source.substring(2)) : singleCharClass;
    BitSet bits = new BitSet(0x10000);
    StringBuilder one = new StringBuilder(" ");
    var matcher = named.matcher(one);
    for (int c = 0; c < 0x10000; c++) {
      one.setCharAt(0, (char) c);
      matcher.reset(one);
      if (matcher.matches()) {
        bits.set(Folding.fold((char) c));
      }
    }
    if (negated) {
      bits.flip(0, 0x10000);
      // folded text never holds a character that folds to another: leave those out
      for (int c = 0; c < 0x10000; c++) {
        if (Folding.fold((char) c) != c) {
          bits.clear(c);
        }
      }
    }
    return bits.isEmpty() ? NOTHING : c -> bits.get(c);
  }

  /** Accepts no character: a class such as [^\s\S]. A pattern that needs it can never match. */
  CharPredicate NOTHING = c -> false;
}
