package io.reportrules.internal.engine;

import io.reportrules.quantity.Quantity;
import io.reportrules.quantity.internal.Blanks;
import java.util.BitSet;
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
  /** With a leading INDICATOR: where what follows it may begin (null when anywhere). */
  private final StartSet follow;

  private StartSet(boolean anywhere, BitSet chars, int tokenMask, StartSet follow) {
    this.anywhere = anywhere;
    this.chars = chars;
    this.tokenMask = tokenMask;
    this.follow = follow;
  }

  /** Where a thread at {@code pc} can consume its next character or figure. */
  static StartSet from(int pc, int[] op, int[] a, int[] b, Object[] data) {
    BitSet chars = new BitSet();
    int[] mask = {0};
    boolean anywhere = visit(pc, op, a, b, data, new boolean[op.length], chars, mask);
    return new StartSet(anywhere, chars, mask[0], null);
  }

  static StartSet of(int[] op, int[] a, int[] b, Object[] data) {
    BitSet chars = new BitSet();
    int[] mask = {0};
    boolean[] seen = new boolean[op.length];
    boolean anywhere = visit(0, op, a, b, data, seen, chars, mask);
    int first = -1;
    int consuming = 0;
    for (int pc = 0; pc < op.length; pc++) {
      if (seen[pc] && op[pc] <= Program.REGEX) {
        consuming++;
        first = pc;
      }
    }
    StartSet follow = null;
    if (!anywhere && consuming == 1 && op[first] == Program.CHAR && data[first] == DocumentContext.INDICATOR_CHAR
        && first + 1 < op.length && op[first + 1] == Program.SPLIT && a[first + 1] == first) {
      // a leading INDICATOR, the loop CHAR; SPLIT(back, on)
      follow = from(b[first + 1], op, a, b, data);
    }
    return new StartSet(anywhere, chars, mask[0], follow == null || follow.anywhere ? null : follow);
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
        chars.or(charsOf((CharPredicate) data[pc]));
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

  /** The characters of each predicate met so far: a literal's predicate is met once per visit. */
  private static final java.util.Map<CharPredicate, BitSet> CHARS =
      java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());
  private static final BitSet INDICATOR_CHARS = charsOf(DocumentContext.INDICATOR_CHAR);

  private static BitSet charsOf(CharPredicate p) {
    if (p == DocumentContext.INDICATOR_CHAR && INDICATOR_CHARS != null) {
      return INDICATOR_CHARS;
    }
    BitSet known = CHARS.get(p);
    if (known != null) {
      return known;
    }
    BitSet out = new BitSet();
    for (int c = 0; c < 0x10000; c++) {
      if (p.test((char) c)) {
        out.set(c);
      }
    }
    CHARS.put(p, out);
    return out;
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
    if (anywhere) {
      return true;
    }
    if (p >= limit) {
      return false;
    }
    if (chars.get(text[p])) {
      return true;
    }
    if (!Blanks.isBlank(text[p])) {
      return tokenMask != 0 && doc.hasTokenAt(tokenMask, p);
    }
    // a word, a punctuation mark or a figure after blanks (never at a match's start)
    int q = Blanks.past(text, p, limit);
    return (q < limit && chars.get(text[q])) || (tokenMask != 0 && doc.hasTokenAt(tokenMask, q));
  }

  /**
   * The first stretch [start, end) at or after p where every position may begin a match, packed
   * as {@code start << 32 | end}; start is limit when none. With a leading INDICATOR followed by
   * something narrower (a figure, a word), a match may only begin in the run of indicator
   * characters just before where that can stand.
   */
  long window(DocumentContext doc, char[] text, int p, int limit) {
    if (follow == null) {
      int q = next(doc, text, p, limit);
      return ((long) q << 32) | (q + 1);
    }
    for (int from = p + 1; from < limit; ) {
      int t = follow.next(doc, text, from, limit);
      if (t >= limit) {
        break;
      }
      // a figure element passes over blanks before its figure: so may the run before it end there
      int e = t;
      while (e > p && t - e < Blanks.MAX && Blanks.isBlank(text[e - 1])) {
        e--;
      }
      int rs = e;
      while (rs > p && doc.indicatorAt(rs - 1)) {
        rs--;
      }
      if (rs < e) {
        return ((long) rs << 32) | e;
      }
      from = t + 1;
    }
    return ((long) limit << 32) | limit;
  }

  /** The first position in [p, limit) where a match may begin, or limit when none. */
  int next(DocumentContext doc, char[] text, int p, int limit) {
    if (anywhere) {
      return p;
    }
    Quantity token = tokenMask == 0 ? null : doc.firstTokenOf(tokenMask, p, limit);
    int tokenAt = token == null ? limit : token.start();
    int j = p;
    while (j < tokenAt && !chars.get(text[j])) {
      j++;
    }
    return j;
  }
}
