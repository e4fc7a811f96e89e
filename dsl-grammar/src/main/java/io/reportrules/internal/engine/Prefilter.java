package io.reportrules.internal.engine;

import io.reportrules.quantity.Quantity;
import java.util.List;

/**
 * What every match of a rule must contain, so the matcher can skip text without it: a figure of
 * one of {@code typeMask}, or a word of one of {@code tries} (neither: no filter). When
 * {@code withinClause} is true no match crosses 。;!? or a line break, so the document is run
 * clause by clause and a clause without the required figure or word costs one lookup.
 */
public record Prefilter(int typeMask, List<Trie> tries, boolean withinClause, int feature) {
  public Prefilter {
    tries = List.copyOf(tries);
  }

  /** No document feature required. */
  public static final int NO_FEATURE = -1;

  public Prefilter(int typeMask, List<Trie> tries, boolean withinClause) {
    this(typeMask, tries, withinClause, NO_FEATURE);
  }

  /** True when [from, to) of the document may hold a match. */
  boolean admits(DocumentContext doc, int from, int to) {
    if (typeMask == 0 && tries.isEmpty()) {
      return true;
    }
    if (typeMask != 0) {
      List<Quantity> tokens = doc.tokens();
      for (int i = doc.firstTokenFrom(from); i < tokens.size() && tokens.get(i).start() < to; i++) {
        if ((typeMask & (1 << tokens.get(i).type().ordinal())) != 0 && tokens.get(i).end() <= to) {
          return true;
        }
      }
      return false;
    }
    char[] text = doc.folded();
    boolean[] hit = {false};
    for (int p = from; p < to && !hit[0]; p++) {
      for (Trie t : tries) {
        t.matchAt(text, p, to, end -> hit[0] = true);
        if (hit[0]) {
          break;
        }
      }
    }
    return hit[0];
  }
}
