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
   * A predicate from a regex character class such as {@code [0-9一二三]}. The class is evaluated
   * once for every BMP character at compile time, so matching costs one bit lookup.
   */
  static CharPredicate ofClass(Pattern singleCharClass) {
    BitSet bits = new BitSet(0x10000);
    StringBuilder one = new StringBuilder(" ");
    var matcher = singleCharClass.matcher(one);
    for (int c = 0; c < 0x10000; c++) {
      one.setCharAt(0, (char) c);
      matcher.reset(one);
      if (matcher.matches()) {
        bits.set(Folding.fold((char) c));
      }
    }
    return bits.isEmpty() ? NOTHING : c -> bits.get(c);
  }

  /** Accepts no character: a class such as [^\s\S]. A pattern that needs it can never match. */
  CharPredicate NOTHING = c -> false;
}
