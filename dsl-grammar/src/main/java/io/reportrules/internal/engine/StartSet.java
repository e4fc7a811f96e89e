package io.reportrules.internal.engine;

import io.reportrules.quantity.Quantity;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a program's match can begin: at a character of {@code chars} or where a figure of one of
 * {@code tokenMask}'s types starts, unless {@code anywhere}. Derived from the first consuming
 * instructions reachable from the entry, so it never rejects a position a match could start at;
 * the matcher uses it to skip, in one scan, text where no thread is alive and none may start.
 */
public final class StartSet {
  private final boolean anywhere;
  private final BitSet chars;
  private final int tokenMask;
  private final int leadingIndicator;

  private StartSet(boolean anywhere, BitSet chars, int tokenMask, int leadingIndicator) {
    this.anywhere = anywhere;
    this.chars = chars;
    this.tokenMask = tokenMask;
    this.leadingIndicator = leadingIndicator;
  }

  static StartSet of(int[] op, int[] a, int[] b, Object[] data) {
    BitSet chars = new BitSet();
    int[] mask = {0};
    boolean[] seen = new boolean[op.length];
    boolean anywhere = visit(0, op, a, b, data, seen, chars, mask);
    int indicator = -1;
    int consuming = 0;
    for (int pc = 0; pc < op.length; pc++) {
      if (seen[pc] && op[pc] <= Program.REGEX) {
        consuming++;
        indicator = op[pc] == Program.INDICATOR ? pc : indicator;
      }
    }
    return new StartSet(anywhere, chars, mask[0], !anywhere && consuming == 1 ? indicator : -1);
  }

  /**
   * The INDICATOR instruction every match begins with, or -1. A new thread there is redundant
   * where an earlier-starting one has already fanned out over the rest of the run.
   */
  int leadingIndicator() {
    return leadingIndicator;
  }

  /** Adds what the consuming instructions reachable from pc accept first; true if anything may. */
  private static boolean visit(int pc, int[] op, int[] a, int[] b, Object[] data, boolean[] seen, BitSet chars, int[] mask) {
    if (seen[pc]) {
      return false;
    }
    seen[pc] = true;
    switch (op[pc]) {
      case Program.JMP:
        return visit(a[pc], op, a, b, data, seen, chars, mask);
      case Program.SPLIT:
        return visit(a[pc], op, a, b, data, seen, chars, mask) | visit(b[pc], op, a, b, data, seen, chars, mask);
      case Program.SAVE:
      case Program.SETVAL:
      case Program.ANCHOR:
      case Program.NOT_LEXICON:
        return visit(pc + 1, op, a, b, data, seen, chars, mask);
      case Program.CHAR:
        CharPredicate p = (CharPredicate) data[pc];
        for (int c = 0; c < 0x10000; c++) {
          if (p.test((char) c)) {
            chars.set(c);
          }
        }
        return false;
      case Program.INDICATOR:
        for (int c = 0; c < 0x10000; c++) {
          if (DocumentContext.isIndicatorChar((char) c)) {
            chars.set(c);
          }
        }
        return false;
      case Program.LEXICON:
        chars.or(((Trie) data[pc]).firstChars());
        return false;
      case Program.REGEX:
        chars.or(firstChars((Pattern) data[pc]));
        return false;
      case Program.TOKEN:
        mask[0] |= a[pc];
        return false;
      default:
        return true; // a gap, a document feature, or an empty match: no cheap test
    }
  }

  /**
   * Characters a regex's non-empty match may begin with: those on which it matches alone or runs
   * out of input wanting more. Costs one tiny match per BMP character, once per compiled rule.
   */
  public static BitSet firstChars(Pattern pattern) {
    BitSet out = new BitSet();
    StringBuilder one = new StringBuilder(" ");
    var m = pattern.matcher(one);
    for (int c = 0; c < 0x10000; c++) {
      one.setCharAt(0, (char) c);
      m.reset(one);
      if (m.lookingAt() || m.hitEnd()) {
        out.set(c);
      }
    }
    return out;
  }

  boolean anywhere() {
    return anywhere;
  }

  /** True when a match may begin at p, before limit. */
  boolean admits(DocumentContext doc, char[] text, int p, int limit) {
    return anywhere || (p < limit && next(doc, text, p, p + 1) == p);
  }

  /** The first position in [p, limit) where a match may begin, or limit when none. */
  int next(DocumentContext doc, char[] text, int p, int limit) {
    if (anywhere) {
      return p;
    }
    int tokenAt = limit;
    if (tokenMask != 0) {
      List<Quantity> tokens = doc.tokens();
      for (int i = doc.firstTokenFrom(p); i < tokens.size() && tokens.get(i).start() < limit; i++) {
        if ((tokenMask & (1 << tokens.get(i).type().ordinal())) != 0) {
          tokenAt = tokens.get(i).start();
          break;
        }
      }
    }
    int j = p;
    while (j < tokenAt && !chars.get(text[j])) {
      j++;
    }
    return j;
  }
}
