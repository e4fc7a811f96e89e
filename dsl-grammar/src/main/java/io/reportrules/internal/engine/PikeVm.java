package io.reportrules.internal.engine;

import io.reportrules.quantity.Quantity;
import io.reportrules.quantity.internal.Blanks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a {@link Program} over a document with Pike's parallel simulation: every live thread
 * advances in step, threads that reach the same instruction at the same position are merged, so
 * work per position is bounded by the program size. Instructions may jump several positions
 * (a figure, a lexicon word, a gap); such threads wait in a per-position queue.
 *
 * <p>Semantics: leftmost-longest, non-overlapping matches in document order. Merging keeps the
 * thread with the earliest start, which is the one leftmost-longest needs. After a match the
 * search restarts at its end; since no match may be longer than {@code maxSpan}, the work re-done
 * after a match is bounded, and total work stays linear in the document length.
 */
public final class PikeVm {
  /** Longest match, in UTF-16 units, any rule may produce. */
  public static final int DEFAULT_MAX_SPAN = 1000;
  private static final int REGEX_WINDOW = 256;

  private static final class Thread {
    final int pc;
    final int start;
    final Reg regs;

    Thread(int pc, int start, Reg regs) {
      this.pc = pc;
      this.start = start;
      this.regs = regs;
    }
  }

  /**
   * The register writes of a thread, newest first: a SAVE (a position) or SETVAL (a mapped value,
   * slot counted after the capture registers) adds one node instead of copying every register,
   * and the registers are read off only when a thread matches.
   */
  private static final class Reg {
    final int slot;
    final int pos;
    final Object value;
    final Reg next;

    Reg(int slot, int pos, Object value, Reg next) {
      this.slot = slot;
      this.pos = pos;
      this.value = value;
      this.next = next;
    }
  }

  /** The match of a thread: its capture registers and mapped values, the newest write winning. */
  private RawMatch matchOf(Thread t, int end) {
    int[] caps = emptyCaps.clone();
    Object[] vals = emptyVals;
    boolean[] valSet = null;
    for (Reg r = t.regs; r != null; r = r.next) {
      if (r.slot < caps.length) {
        if (caps[r.slot] < 0) {
          caps[r.slot] = r.pos;
        }
        continue;
      }
      if (valSet == null) {
        vals = emptyVals.clone();
        valSet = new boolean[vals.length];
      }
      int k = r.slot - caps.length;
      if (!valSet[k]) {
        valSet[k] = true;
        vals[k] = r.value;
      }
    }
    return new RawMatch(t.start, end, caps, vals);
  }

  private static final Comparator<Thread> BY_START = Comparator.comparingInt(t -> t.start);

  private final Program prog;
  private final DocumentContext doc;
  private final char[] text;
  private final int n;
  private final int maxSpan;
  private int[] mark;
  /** The threads of the current position, reused by every search of this VM. */
  private final Threads clist = new Threads();
  private final int[] emptyCaps;
  private final Object[] emptyVals;
  private int stamp;
  /** Fan-out bookkeeping per instruction (see {@link #covered}); valid where fanSearch == search. */
  private int[] fanSearch;
  private int[] fanStart;
  private int[] fanEnd;
  private int search;
  private Matcher regexMatcher;
  private long steps;
  private boolean explaining;
  private int furthest = -1;
  private int deepestPc = -1;
  private final java.util.LinkedHashSet<String> expectedAtFurthest = new java.util.LinkedHashSet<>();
  /** Longer than any jump: a figure (capped below), a lexicon word, a gap (≤ 500), a regex window. */
  private static final int RING = 1024;
  private final Scratch scratch = SCRATCH.get();
  private final Pending pending = scratch.pending;

  public PikeVm(Program prog, DocumentContext doc, int maxSpan) {
    this.prog = prog;
    this.doc = doc;
    this.text = doc.folded();
    this.n = text.length;
    this.maxSpan = maxSpan;
    // shared by every fresh thread: SAVE and SETVAL copy before they write
    this.emptyCaps = prog.emptyCaps;
    this.emptyVals = new Object[prog.captureCount];
  }

  /** All leftmost-longest, non-overlapping matches in [from, to). */
  public List<RawMatch> findAll(int from, int to) {
    if (prog.singleToken >= 0 && !explaining) {
      return tokenMatches(from, to);
    }
    List<RawMatch> out = new ArrayList<>();
    int pos = from;
    while (pos <= to) {
      RawMatch m = findFirst(pos, to);
      if (m == null) {
        break;
      }
      out.add(m);
      pos = m.end() > m.start() ? m.end() : m.start() + 1;
    }
    return out;
  }

  /** Where a thread may start when a search is anchored ({@link #findAt}), else -1. */
  private int anchor = -1;

  /**
   * The longest match starting exactly at {@code from} and ending by {@code to}, or null: for a
   * span known to be the only place a match can start (a document feature's).
   */
  public RawMatch findAt(int from, int to) {
    anchor = from;
    try {
      return findFirst(from, to);
    } finally {
      anchor = -1;
    }
  }

  /**
   * What a search works in, one set per thread, reused by every VM on it (findFirst never runs
   * re-entrantly): the ring of pending threads, and the bookkeeping per instruction (marks and
   * fan-outs), so that a document costs no arrays the size of every rule's program (12 000
   * instructions for the std rule sets, more than a short document's own work). The counters only
   * grow, so what an earlier search left never equals a current stamp.
   */
  private static final class Scratch {
    final Pending pending = new Pending(RING);
    int[] mark = new int[0];
    int[] fanSearch = new int[0];
    int[] fanStart = new int[0];
    int[] fanEnd = new int[0];
    int stamp;
    int search;

    void ready(int size, int positions) {
      if (mark.length < size) {
        int n = Math.max(size, 2 * mark.length);
        mark = new int[n];
        fanSearch = new int[n];
        fanStart = new int[n];
        fanEnd = new int[n];
      }
      if (stamp > Integer.MAX_VALUE - positions - 2 || search > Integer.MAX_VALUE - 2) {
        // before a counter wraps: clear the marks so that no old one can equal a new stamp
        java.util.Arrays.fill(mark, 0);
        java.util.Arrays.fill(fanSearch, 0);
        stamp = 0;
        search = 0;
      }
    }
  }

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  /** The leftmost-longest match starting at or after {@code from} and ending by {@code to}. */
  public RawMatch findFirst(int from, int to) {
    Scratch sc = scratch;
    sc.ready(prog.size(), Math.max(0, Math.min(to, n) - from) + 1);
    mark = sc.mark;
    fanSearch = sc.fanSearch;
    fanStart = sc.fanStart;
    fanEnd = sc.fanEnd;
    stamp = sc.stamp;
    search = sc.search;
    try {
      return search(from, to);
    } finally {
      sc.stamp = stamp;
      sc.search = search;
    }
  }

  private RawMatch search(int from, int to) {
    Pending pending = this.pending;
    pending.clear();
    search++;
    Threads clist = this.clist;
    clist.clear();
    RawMatch best = null;
    int limit = Math.min(to, n);
    StartSet starts = explaining ? null : prog.starts;
    int windowStart = from;
    int windowEnd = from;
    for (int p = from; p <= limit; p++) {
      if (starts != null && p >= windowEnd && best == null) {
        long w = starts.window(doc, text, p, limit);
        windowStart = (int) (w >>> 32);
        windowEnd = (int) w;
      }
      if (best == null && starts != null && pending.isEmpty()) {
        // nothing alive: jump to where a match may begin (explanations see every attempt)
        if (windowStart >= limit) {
          break;
        }
        p = Math.max(p, windowStart);
      }
      stamp++;
      clist.clear();
      Threads arriving = pending.take(p);
      if (arriving != null) {
        arriving.sortByStart();
        for (int i = 0; i < arriving.size; i++) {
          Thread t = arriving.items[i];
          if (best == null || t.start <= best.start()) {
            add(clist, t.pc, t, p);
          }
        }
        arriving.clear();
      }
      if (best == null && (anchor < 0 || p == anchor) && (starts == null || (p >= windowStart && p < windowEnd && p < limit))) {
        add(clist, 0, new Thread(0, p, null), p);
      }
      steps += clist.size + 1;
      for (int ti = 0; ti < clist.size; ti++) {
        Thread t = clist.items[ti];
        if (best != null && t.start > best.start()) {
          continue;
        }
        if (p - t.start > maxSpan) {
          continue;
        }
        int pc = t.pc;
        // the closest attempt is the one deepest into the pattern, then furthest into the text;
        // tracked only for explanations, off the matching hot path otherwise
        if (explaining && prog.op[pc] != Program.MATCH && (pc > deepestPc || (pc == deepestPc && p >= furthest))) {
          if (pc > deepestPc || p > furthest) {
            deepestPc = pc;
            furthest = p;
            expectedAtFurthest.clear();
          }
          if (prog.what[pc] != null) {
            expectedAtFurthest.add(prog.what[pc]);
          }
        }
        switch (prog.op[pc]) {
          case Program.MATCH -> {
            if (best == null
                || t.start < best.start()
                || (t.start == best.start() && p > best.end())) {
              best = matchOf(t, p);
            }
          }
          case Program.CHAR -> {
            int lit = prog.literal[pc];
            if (p < limit && (lit >= 0 ? text[p] == lit
                : lit == Program.INDICATOR_CLASS ? doc.indicatorAt(p)
                : ((CharPredicate) prog.data[pc]).test(text[p]))) {
              // one step from one thread per instruction and position: never a duplicate
              pending.add(p + 1, pc + 1, t, false);
              if (lit >= 0 && p + 1 < limit && text[p + 1] == lit && DocumentContext.mayFollowBlanks((char) lit)) {
                // a clause mark typed twice ("8750億元,,增長6.1%"): read as one
                pending.add(p + 2, pc + 1, t, true);
              }
            } else if (lit == Program.INDICATOR_CLASS) {
              // "8.66亿元, 第二产业增加值": a name after blanks that follow clause punctuation
              int q = nameAfterBlanks(t, p, limit);
              if (q > p) {
                pending.add(q + 1, pc + 1, t, true);
              }
            } else if (lit >= 0 && (DocumentContext.mayFollowBlanks((char) lit) || afterABreak(p, limit))) {
              // "亿元 ,增长": clause punctuation after blanks; "(未含农垦), 按可比价格计算",
              // "1116.6 万元 增加": any literal after blanks that follow clause punctuation or a figure
              int q = elementAt(t, p, limit);
              if (q > p && q < limit && text[q] == lit) {
                pending.add(q + 1, pc + 1, t, true);
              }
            }
          }
          case Program.TOKEN -> {
            int mask = prog.a[pc];
            List<Quantity> tokens = doc.tokens();
            int at = elementAt(t, p, limit);
            int first = doc.firstTokenAt(at);
            for (int i = first < 0 ? tokens.size() : first; i < tokens.size(); i++) {
              Quantity q = tokens.get(i);
              if (q.start() != at) {
                break;
              }
              if ((mask & doc.tokenBit(i)) != 0 && q.end() <= limit && q.end() > p && q.end() - p < RING) {
                schedule(pending, q.end(), t, pc + 1);
              }
            }
          }
          case Program.GAP -> {
            int min = Math.max(1, prog.a[pc]);
            int max = Math.min(limit, p + prog.b[pc]);
            int held = covered(pc, t.start, p);
            int j = Math.max(p + 1, held + 1);
            for (; j <= max; j++) {
              if (DocumentContext.isGapBoundary(text[j - 1])) {
                break;
              }
              if (j - p >= min) {
                schedule(pending, j, t, pc + 1);
              }
            }
            cover(pc, t.start, j - 1, held < 0);
          }
          case Program.LEXICON -> {
            Thread tt = t;
            int at = elementAt(t, p, limit);
            ((Trie) prog.data[pc]).matchAt(text, at, limit, end -> schedule(pending, end, tt, pc + 1));
          }
          case Program.DOCUMENT_FEATURE -> {
            int end = doc.featureEnd(prog.a[pc], p);
            if (end > p && end <= limit) {
              schedule(pending, end, t, pc + 1);
            }
          }
          case Program.REGEX -> {
            Matcher m = regex((Pattern) prog.data[pc]);
            m.region(p, Math.min(limit, p + REGEX_WINDOW));
            if (m.lookingAt() && m.end() > p) {
              schedule(pending, m.end(), t, pc + 1);
            }
          }
          default -> throw new IllegalStateException("not a consuming instruction: " + prog.op[pc]);
        }
      }
      if (best != null && pending.isEmpty()) {
        break;
      }
    }
    return best;
  }

  /**
   * Where a name begins for thread t past the blanks at p, when they follow clause punctuation
   * within the match (not inside a name: a name's characters never skip blanks), else -1.
   */
  private int nameAfterBlanks(Thread t, int p, int limit) {
    if (t.start >= p || p >= limit || !blanksAfterClauseMark(p)) {
      return -1;
    }
    int q = Blanks.past(text, p, limit);
    return q < limit && doc.indicatorAt(q) ? q : -1;
  }

  /** True when blanks start at p right after clause punctuation (8.66亿元, 第二产业…). */
  private boolean blanksAfterClauseMark(int p) {
    return p > 0 && Blanks.isBlank(text[p]) && DocumentContext.mayFollowBlanks(text[p - 1]);
  }

  /** True when blanks start at p right after clause punctuation or a figure. */
  private boolean afterABreak(int p, int limit) {
    return p < limit && (blanksAfterClauseMark(p) || p > 0 && Blanks.isBlank(text[p]) && doc.figureEndsAt(p));
  }

  /**
   * Where an element that may stand after blanks (a figure, a lexicon word, a clause punctuation
   * mark) begins for thread t at p: past the blanks there, except at the match's start, as no
   * match begins with a blank.
   */
  private int elementAt(Thread t, int p, int limit) {
    return t.start < p ? Blanks.past(text, p, limit) : p;
  }

  /**
   * A gap fans out to every position of its run. A thread that started no earlier than the last
   * fan-out of the same gap in this search only needs the positions past it: up to there, a
   * waiting thread with an earlier start already holds every target, and the text up to there is
   * known to continue the run. Without this, a gap costs its length in queue operations per
   * character.
   *
   * @return the last target already held for a thread of {@code start} at {@code pc}, or -1
   */
  private int covered(int pc, int start, int p) {
    if (fanSearch[pc] != search || fanStart[pc] > start || fanEnd[pc] <= p) {
      return -1;
    }
    return fanEnd[pc];
  }

  /**
   * Records the targets held after a fan-out of {@code pc} by a thread of {@code start} that ended
   * at {@code end}: a whole fan-out ({@code whole}) holds everything up to {@code end} at its own
   * start; one that only extended the last held run holds the rest at the later of the two starts.
   */
  private void cover(int pc, int start, int end, boolean whole) {
    if (whole || fanSearch[pc] != search) {
      fanSearch[pc] = search;
      fanStart[pc] = start;
      fanEnd[pc] = end;
    } else if (end > fanEnd[pc]) {
      fanStart[pc] = Math.max(fanStart[pc], start);
      fanEnd[pc] = end;
    }
  }

  /**
   * The matches of a program that is one figure with captures around it (SAVE* TOKEN SAVE*
   * MATCH), read straight off the document's figures: at each start the longest figure of the
   * types, then the next one starting at or after its end. What the general loop would find.
   */
  private List<RawMatch> tokenMatches(int from, int to) {
    List<RawMatch> out = new ArrayList<>();
    int pc = prog.singleToken;
    int mask = prog.a[pc];
    int limit = Math.min(to, n);
    List<Quantity> tokens = doc.tokens();
    int pos = from;
    for (int i = doc.firstTokenFrom(from); i < tokens.size() && tokens.get(i).start() < limit; ) {
      Quantity q = tokens.get(i);
      int start = q.start();
      int end = -1;
      for (; i < tokens.size() && tokens.get(i).start() == start; i++) {
        Quantity c = tokens.get(i);
        if ((mask & doc.tokenBit(i)) != 0 && c.end() <= limit && c.end() > start && c.end() - start < RING) {
          end = Math.max(end, c.end());
        }
      }
      if (end < 0 || start < pos) {
        continue;
      }
      steps += 1;
      int[] caps = emptyCaps.clone();
      for (int k = 0; k < pc; k++) {
        caps[prog.a[k]] = start;
      }
      for (int k = pc + 1; prog.op[k] == Program.SAVE; k++) {
        caps[prog.a[k]] = end;
      }
      out.add(new RawMatch(start, end, caps, emptyVals));
      pos = end;
    }
    return out;
  }

  /** Makes the VM record the closest attempt, for {@link #furthest()}; costs time, so off by default. */
  public PikeVm explaining() {
    explaining = true;
    return this;
  }

  /** Where the closest attempt (deepest into the pattern) stopped, or -1 when none started or not explaining. */
  public int furthest() {
    return furthest;
  }

  /** What the attempts at {@link #furthest()} expected there, in words. */
  public List<String> expectedAtFurthest() {
    return List.copyOf(expectedAtFurthest);
  }

  /** Work done so far: threads stepped plus positions visited. Linear in the text for every program. */
  public long steps() {
    return steps;
  }

  private Matcher regex(Pattern pattern) {
    if (regexMatcher == null || regexMatcher.pattern() != pattern) {
      regexMatcher = pattern.matcher(java.nio.CharBuffer.wrap(text));
    }
    return regexMatcher;
  }

  private static void schedule(Pending pending, int at, Thread t, int pc) {
    pending.add(at, pc, t, true);
  }


  /**
   * Threads in an array that is reused: clearing forgets the count only. The stale entries it
   * keeps referenced are bounded by the largest list each slot ever held.
   */
  private static final class Threads {
    Thread[] items = new Thread[8];
    int size;

    void add(Thread t) {
      if (size == items.length) {
        items = Arrays.copyOf(items, 2 * size);
      }
      items[size++] = t;
    }

    void removeAt(int i) {
      System.arraycopy(items, i + 1, items, i, size - i - 1);
      size--;
    }

    void clear() {
      size = 0;
    }

    /** Stable: threads queued in order keep that order among equal starts. */
    void sortByStart() {
      for (int i = 1; i < size; i++) {
        if (items[i - 1].start > items[i].start) {
          Arrays.sort(items, 0, size, BY_START);
          return;
        }
      }
    }
  }

  /**
   * Threads waiting for a future position, in a ring of per-position lists: every jump is shorter
   * than the ring (figures, words, gaps and regex windows are bounded), so slot {@code p % size}
   * only ever holds threads for position p.
   */
  private static final class Pending {
    private final Threads[] ring;
    private final int[] at;
    private int count;

    Pending(int size) {
      ring = new Threads[size];
      at = new int[size];
      Arrays.fill(at, -1);
    }

    /**
     * Queues {@code from} to continue at {@code pc} at {@code pos}. A thread already waiting there
     * at the same instruction with an earlier or equal start makes the new one redundant: on
     * arrival the earlier start wins every instruction the later one could reach (gaps, words and
     * figures of different lengths from different starts land on the same position). A waiting
     * thread with a later start is dropped instead, and the new one queued last, as it would have
     * been. Without {@code mayMeet} (a one-character step) no such thread can be waiting.
     */
    void add(int pos, int pc, Thread from, boolean mayMeet) {
      int slot = pos % ring.length;
      Threads list = ring[slot];
      if (at[slot] != pos) {
        if (at[slot] >= 0 && list != null && list.size > 0) {
          throw new IllegalStateException("jump longer than the pending ring: " + pos);
        }
        at[slot] = pos;
        if (list == null) {
          list = new Threads();
          ring[slot] = list;
        }
        list.clear();
      } else if (mayMeet) {
        for (int i = 0; i < list.size; i++) {
          Thread w = list.items[i];
          if (w.pc == pc) {
            if (w.start <= from.start) {
              return;
            }
            list.removeAt(i);
            count--;
            break;
          }
        }
      }
      list.add(new Thread(pc, from.start, from.regs));
      count++;
    }

    /**
     * The threads waiting for p, or null; no longer counted as pending. The caller clears the
     * list when done: nothing is queued for p meanwhile, as every jump is shorter than the ring.
     */
    Threads take(int pos) {
      int slot = pos % ring.length;
      if (at[slot] != pos || ring[slot].size == 0) {
        return null;
      }
      at[slot] = -1;
      count -= ring[slot].size;
      return ring[slot];
    }

    boolean isEmpty() {
      return count == 0;
    }

    void clear() {
      if (count == 0) {
        return;
      }
      for (int i = 0; i < ring.length; i++) {
        if (ring[i] != null) {
          ring[i].clear();
        }
        at[i] = -1;
      }
      count = 0;
    }
  }

  /** Follows zero-width instructions from {@code pc}, adding each consuming instruction once. */
  private void add(Threads list, int pc, Thread t, int p) {
    if (mark[pc] == stamp) {
      return;
    }
    mark[pc] = stamp;
    switch (prog.op[pc]) {
      case Program.JMP -> add(list, prog.a[pc], t, p);
      case Program.SPLIT -> {
        add(list, prog.a[pc], t, p);
        add(list, prog.b[pc], t, p);
      }
      case Program.SAVE -> {
        if (mark[pc + 1] == stamp) {
          return; // an earlier-starting thread already holds the rest: no need to copy registers
        }
        if (goesNowhere(pc, p)) {
          return;
        }
        add(list, pc + 1, new Thread(pc + 1, t.start, new Reg(prog.a[pc], p, null, t.regs)), p);
      }
      case Program.SETVAL -> {
        if (mark[pc + 1] == stamp) {
          return;
        }
        if (goesNowhere(pc, p)) {
          return;
        }
        add(list, pc + 1, new Thread(pc + 1, t.start, new Reg(emptyCaps.length + prog.a[pc], -1, prog.data[pc], t.regs)), p);
      }
      case Program.ANCHOR -> {
        if (Anchors.holds(prog.a[pc], doc, text, p)) {
          add(list, pc + 1, t, p);
        }
      }
      case Program.NOT_LEXICON -> {
        boolean before = prog.a[pc] == 1;
        // looking ahead, past the blanks the next element may pass over
        int past = before ? p : Blanks.past(text, p, n);
        if (!lexiconTouches((Trie) prog.data[pc], p, before)
            && (past == p || !lexiconTouches((Trie) prog.data[pc], past, false))) {
          add(list, pc + 1, t, p);
        }
      }
      case Program.GAP -> {
        list.add(t.pc == pc ? t : new Thread(pc, t.start, t.regs));
        if (prog.a[pc] == 0) {
          add(list, pc + 1, t, p);
        }
      }
      case Program.CHAR -> {
        if (!explaining && cannotStep(pc, p)) {
          return; // would do nothing in the step: neither queued nor copied
        }
        list.add(t.pc == pc ? t : new Thread(pc, t.start, t.regs));
      }
      default -> list.add(t.pc == pc ? t : new Thread(pc, t.start, t.regs));
    }
  }

  /**
   * True when the character instruction at {@code pc} takes nothing at p, so its thread would
   * die in the step: the character there is not its own (nor, for a literal, a blank it may read
   * past; nor, for a name, blanks after clause punctuation it may pass over). Most threads of a
   * large pattern wait at literals the text does not hold.
   */
  private boolean cannotStep(int pc, int p) {
    if (p >= n) {
      return true;
    }
    int lit = prog.literal[pc];
    char c = text[p];
    if (lit >= 0) {
      return c != lit && !Blanks.isBlank(c);
    }
    return lit == Program.INDICATOR_CLASS ? !doc.indicatorAt(p) && !blanksAfterClauseMark(p)
        : !((CharPredicate) prog.data[pc]).test(c);
  }

  /**
   * True when nothing the pattern wants after the register write at {@code pc} can start at p: the
   * thread is not copied (most positions of an INDICATOR run are followed by nothing it wants).
   * Explanations see every attempt.
   */
  private boolean goesNowhere(int pc, int p) {
    return !explaining && prog.after[pc] != null && !prog.after[pc].admits(doc, text, p, n);
  }

  /** True when a word of {@code trie} starts at p (or, looking back, ends at p). */
  private boolean lexiconTouches(Trie trie, int p, boolean before) {
    if (!before) {
      if (p >= n || !trie.mayStartWith(text[p])) {
        return false;
      }
      boolean[] found = {false};
      trie.matchAt(text, p, n, end -> found[0] = true);
      return found[0];
    }
    if (p == 0 || !trie.mayEndWith(text[p - 1])) {
      return false;
    }
    int max = Math.min(p, trie.maxLength());
    for (int len = 1; len <= max; len++) {
      boolean[] found = {false};
      int from = p - len;
      trie.matchAt(text, from, p, end -> found[0] |= end == p);
      if (found[0]) {
        return true;
      }
    }
    return false;
  }
}
