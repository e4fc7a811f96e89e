package io.reportrules.internal.compiler;

import io.reportrules.internal.engine.CharPredicate;
import io.reportrules.internal.engine.Trie;
import java.util.List;
import java.util.regex.Pattern;

/** The pattern of a rule after names are resolved, before code generation. */
sealed interface PatternNode {
  /** One character. */
  record Char(CharPredicate predicate, String display) implements PatternNode {}

  /** A figure of one of the types in the mask, or an INDICATOR run when indicator is true. */
  record Typed(int typeMask, boolean indicator, String display) implements PatternNode {}

  /**
   * A document feature matched as a whole: {@code REPEATED_LINE} (a line repeating an earlier one)
   * or {@code MISSING_TOC_ENTRY} (a table-of-contents title the text never reaches).
   */
  record DocumentFeature(int kind) implements PatternNode {}

  /** Zero-width: the position is at a clause, sentence or line start or end (see Program.ANCHOR). */
  record Anchor(int kind) implements PatternNode {}

  /** A bounded gap that does not cross sentence ends. */
  record Gap(int min, int max) implements PatternNode {}

  /** One word of a lexicon. */
  record Lexicon(Trie trie, String name) implements PatternNode {}

  /** A single-token regex. */
  record Regex(Pattern pattern) implements PatternNode {}

  /** Zero-width: not followed (or not preceded) by a word of the trie. */
  record NotLexicon(Trie trie, boolean before) implements PatternNode {}

  record Seq(List<PatternNode> items) implements PatternNode {}

  /** Alternatives; {@code mapped.get(i)} is the constant alternative i gives {@code mapCapture}. */
  record Alt(List<PatternNode> options, List<Object> mapped, int mapCapture) implements PatternNode {}

  /** {@code max < 0} means unbounded. */
  record Repeat(PatternNode body, int min, int max) implements PatternNode {}

  record Capture(int index, PatternNode body) implements PatternNode {}

  /** True when the node can match the empty string. */
  static boolean nullable(PatternNode n) {
    if (n instanceof Gap g) {
      return g.min() == 0;
    }
    if (n instanceof NotLexicon || n instanceof Anchor) {
      return true;
    }
    if (n instanceof Seq s) {
      return s.items().stream().allMatch(PatternNode::nullable);
    }
    if (n instanceof Alt a) {
      return a.options().stream().anyMatch(PatternNode::nullable);
    }
    if (n instanceof Repeat r) {
      return r.min() == 0 || nullable(r.body());
    }
    if (n instanceof Capture c) {
      return nullable(c.body());
    }
    return false;
  }
}
