package io.reportrules.internal.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * A compiled pattern: a Thompson NFA as parallel arrays, run by {@link PikeVm}. Immutable once
 * built. Instructions that consume input (CHAR, TOKEN, INDICATOR, GAP, LEXICON, REGEX) move a
 * thread forward; the others are followed within the same position.
 */
public final class Program {
  public static final int CHAR = 0;
  public static final int TOKEN = 1;
  /** 2 was an INDICATOR instruction; INDICATOR compiles to a CHAR loop (see Codegen). */
  public static final int GAP = 3;
  public static final int LEXICON = 4;
  public static final int REGEX = 5;
  public static final int SPLIT = 6;
  public static final int JMP = 7;
  public static final int SAVE = 8;
  public static final int SETVAL = 9;
  public static final int MATCH = 10;
  /** Zero-width: the next text must not start with a word of the trie in data (a = 0), or the text before must not end with one (a = 1). */
  public static final int NOT_LEXICON = 11;
  /** Zero-width: a clause, sentence or line start or end here (a = kind, see Anchors). */
  public static final int ANCHOR = 13;
  /** A document feature starting here (a = its kind, see DocumentContext.FEATURE_*). */
  public static final int DOCUMENT_FEATURE = 12;

  final int[] op;
  final int[] a;
  final int[] b;
  final Object[] data;
  final int captureCount;
  /** For each consuming instruction, what it expects, in words (for explanations). */
  final String[] what;
  /** Every register unset (-1): the registers of a match start as a copy of it. */
  final int[] emptyCaps;
  /** Where a match may begin. */
  final StartSet starts;
  /** The TOKEN instruction of a program that is SAVE* TOKEN SAVE* MATCH, else -1. */
  final int singleToken;
  /**
   * Per CHAR instruction: the one character it takes, or {@link #INDICATOR_CLASS} for the
   * INDICATOR loop, or -1 for a class tested by its predicate; the matcher compares directly.
   */
  final int[] literal;
  static final int INDICATOR_CLASS = -2;
  /**
   * Per SAVE and SETVAL instruction: where the thread after it can consume next, or null when
   * anywhere. A thread that could not go on from here is not copied: at the end of an INDICATOR
   * run, most positions are followed by nothing the pattern wants.
   */
  final StartSet[] after;

  private Program(int[] op, int[] a, int[] b, Object[] data, int captureCount, String[] what) {
    this.what = what;
    this.op = op;
    this.a = a;
    this.b = b;
    this.data = data;
    this.captureCount = captureCount;
    this.emptyCaps = new int[2 * captureCount];
    java.util.Arrays.fill(emptyCaps, -1);
    this.starts = StartSet.of(op, a, b, data);
    this.after = new StartSet[op.length];
    for (int pc = 0; pc < op.length; pc++) {
      if (op[pc] == SAVE || op[pc] == SETVAL) {
        StartSet f = StartSet.from(pc + 1, op, a, b, data);
        after[pc] = f.anywhere() ? null : f;
      }
    }
    this.literal = new int[op.length];
    for (int pc = 0; pc < op.length; pc++) {
      literal[pc] = -1;
      if (op[pc] == CHAR && data[pc] == DocumentContext.INDICATOR_CHAR) {
        literal[pc] = INDICATOR_CLASS;
      } else if (op[pc] == CHAR && data[pc] instanceof CharPredicate.Literal l) {
        literal[pc] = l.expected();
      }
    }
    int k = 0;
    while (k < op.length && op[k] == SAVE) {
      k++;
    }
    int token = k < op.length && op[k] == TOKEN ? k : -1;
    k++;
    while (k < op.length && op[k] == SAVE) {
      k++;
    }
    this.singleToken = token >= 0 && k == op.length - 1 && op[k] == MATCH ? token : -1;
  }

  public int size() {
    return op.length;
  }

  public int captureCount() {
    return captureCount;
  }

  /** Builds a program instruction by instruction; jump targets may be patched later. */
  public static final class Builder {
    private final List<int[]> insts = new ArrayList<>();
    private final List<Object> datas = new ArrayList<>();
    private final List<String> whats = new ArrayList<>();

    public int emit(int op, int a, int b, Object data) {
      return emit(op, a, b, data, null);
    }

    /** Adds an instruction; {@code what} says in words what a consuming instruction expects. */
    public int emit(int op, int a, int b, Object data, String what) {
      insts.add(new int[] {op, a, b});
      datas.add(data);
      whats.add(what);
      return insts.size() - 1;
    }

    public int next() {
      return insts.size();
    }

    public void patchA(int at, int target) {
      insts.get(at)[1] = target;
    }

    public void patchB(int at, int target) {
      insts.get(at)[2] = target;
    }

    public Program build(int captureCount) {
      int n = insts.size();
      int[] op = new int[n];
      int[] a = new int[n];
      int[] b = new int[n];
      for (int i = 0; i < n; i++) {
        op[i] = insts.get(i)[0];
        a[i] = insts.get(i)[1];
        b[i] = insts.get(i)[2];
      }
      return new Program(op, a, b, datas.toArray(), captureCount, whats.toArray(new String[0]));
    }
  }
}
