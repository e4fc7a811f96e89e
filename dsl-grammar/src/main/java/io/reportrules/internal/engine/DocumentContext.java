package io.reportrules.internal.engine;

import io.reportrules.quantity.Quantity;
import io.reportrules.quantity.QuantityScanner;
import io.reportrules.quantity.QuantityType;
import java.util.List;

/**
 * One document prepared for matching: its width-folded text and its figures, scanned once and
 * shared by every rule. Immutable; built per document.
 */
public final class DocumentContext {
  private final String text;
  private final char[] folded;
  private final List<Quantity> tokens;
  private final int[] tokenStarts;
  private volatile Sections sections;

  public DocumentContext(String text, QuantityScanner scanner) {
    this.text = text;
    this.folded = Width.foldToArray(text);
    this.tokens = scanner.scan(text);
    this.tokenStarts = new int[tokens.size()];
    for (int i = 0; i < tokenStarts.length; i++) {
      tokenStarts[i] = tokens.get(i).start();
    }
  }

  public String text() {
    return text;
  }

  public int length() {
    return folded.length;
  }

  char[] folded() {
    return folded;
  }

  public List<Quantity> tokens() {
    return tokens;
  }

  /** Per position, the index of the first token starting there or later; built on first use. */
  private int[] tokenFromPos;

  private int[] tokenFromPos() {
    int[] at = tokenFromPos;
    if (at == null) {
      at = new int[folded.length + 2];
      int i = tokenStarts.length;
      for (int p = at.length - 1; p >= 0; p--) {
        while (i > 0 && tokenStarts[i - 1] >= p) {
          i--;
        }
        at[p] = i;
      }
      tokenFromPos = at;
    }
    return at;
  }

  /** Index of the first token starting exactly at {@code pos}, or -1: one array read. */
  int firstTokenAt(int pos) {
    if (pos < 0 || pos > folded.length) {
      return -1;
    }
    int i = tokenFromPos()[pos];
    return i < tokenStarts.length && tokenStarts[i] == pos ? i : -1;
  }

  /** Index of the first token starting at or after {@code pos}. */
  int firstTokenFrom(int pos) {
    if (pos <= 0) {
      return 0;
    }
    return pos > folded.length ? tokenStarts.length : tokenFromPos()[pos];
  }

  /**
   * The token of one of the types in {@code typeMask} spanning exactly [start, end), or null. When
   * several types fit the span, the most specific wins: a unit-bearing type over MASKED over
   * NUMBER ({@code 1100余万} is BARE_MONEY, not NUMBER).
   */
  public Quantity tokenAt(int start, int end, int typeMask) {
    Quantity best = null;
    for (int i = firstTokenFrom(start); i < tokenStarts.length && tokenStarts[i] == start; i++) {
      Quantity q = tokens.get(i);
      if (q.end() == end && (typeMask & (1 << q.type().ordinal())) != 0
          && (best == null || specificity(q) > specificity(best))) {
        best = q;
      }
    }
    return best;
  }

  private static int specificity(Quantity q) {
    return q.type() == QuantityType.NUMBER ? 0 : q.type() == QuantityType.MASKED ? 1 : 2;
  }

  /** REPEATED_LINE: a line repeating an earlier line. */
  public static final int FEATURE_REPEATED_LINE = 0;
  /** MISSING_TOC_ENTRY: a table-of-contents entry whose title the text never reaches. */
  public static final int FEATURE_MISSING_TOC_ENTRY = 1;

  /** RESTARTED_NUMBERING: a third or later "一、" under one title: fragments of several texts. */
  public static final int FEATURE_RESTARTED_NUMBERING = 2;

  private volatile java.util.Map<Integer, Integer> restarts;
  private static final java.util.regex.Pattern TITLE =
      java.util.regex.Pattern.compile("^[\\s\u3000]*\\S.{0,40}(工作报告|工作总结|工作计划|工作要点)[\\s\u3000]*$", java.util.regex.Pattern.MULTILINE);
  private static final java.util.regex.Pattern FIRST_SECTION =
      java.util.regex.Pattern.compile("^[\\s\u3000]*(一、)", java.util.regex.Pattern.MULTILINE);

  /**
   * Lines that open a numbering with 一、 for the third time or more since the last report title:
   * a text that restarts its sections again and again is a patchwork of fragments.
   */
  int restartedNumberingEnd(int pos) {
    java.util.Map<Integer, Integer> m = restarts;
    if (m == null) {
      m = new java.util.HashMap<>();
      java.util.TreeSet<Integer> titles = new java.util.TreeSet<>();
      for (java.util.regex.MatchResult t : keywordLines().find(TITLE, false, "工作报告", "工作总结", "工作计划", "工作要点")) {
        titles.add(t.start());
      }
      int count = 0;
      Integer region = null;
      for (java.util.regex.MatchResult f : keywordLines().find(FIRST_SECTION, false, "一、")) {
        Integer title = titles.floor(f.start());
        if (!java.util.Objects.equals(title, region)) {
          region = title;
          count = 0;
        }
        count++;
        if (count >= 3) {
          m.put(f.start(1), f.end(1));
        }
      }
      restarts = m;
    }
    return m.getOrDefault(pos, -1);
  }

  private KeywordLines keywordLines;

  private KeywordLines keywordLines() {
    if (keywordLines == null) {
      keywordLines = new KeywordLines(text);
    }
    return keywordLines;
  }

  /** Every [start, end) of a document feature, in document order. */
  public List<int[]> features(int kind) {
    featureEnd(kind, 0);
    java.util.Map<Integer, Integer> m = kind == FEATURE_REPEATED_LINE ? repeatedLines
        : kind == FEATURE_MISSING_TOC_ENTRY ? missingToc : restarts;
    return m.entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
        .map(e -> new int[] {e.getKey(), e.getValue()}).toList();
  }

  /** End of the feature of that kind starting at pos, or -1. */
  public int featureEnd(int kind, int pos) {
    return kind == FEATURE_REPEATED_LINE ? repeatedLineEnd(pos)
        : kind == FEATURE_MISSING_TOC_ENTRY ? missingTocEntryEnd(pos) : restartedNumberingEnd(pos);
  }

  private volatile java.util.Map<Integer, Integer> missingToc;
  private static final java.util.regex.Pattern TOC_ENTRY = java.util.regex.Pattern.compile(
      "^[\\s\u3000]*(?:\\d{1,3}[.、.]\\s*)?(\\S.{4,60}?(?:报告|总结|讲话|意见|方案|规划|计划|要点))[\\s\u3000]+\\d{1,4}[\\s\u3000]*$",
      java.util.regex.Pattern.MULTILINE);

  /**
   * Table-of-contents entries (a title ending in 报告/总结/… and a page number, one a line) whose
   * title never stands later as a line of its own: the copy stops short of what its contents list.
   */
  int missingTocEntryEnd(int pos) {
    java.util.Map<Integer, Integer> m = missingToc;
    if (m == null) {
      m = new java.util.HashMap<>();
      for (java.util.regex.MatchResult e : keywordLines().find(TOC_ENTRY, true, "报告", "总结", "讲话", "意见", "方案", "规划", "计划", "要点")) {
        if (!standsAsLine(e.group(1).strip(), e.end())) {
          m.put(e.start(1), e.start(1) + e.group(1).length());
        }
      }
      missingToc = m;
    }
    return m.getOrDefault(pos, -1);
  }

  /**
   * True when {@code title} stands later, from {@code from} on, as a line of its own with only
   * blanks around it: what {@code (?m)^[\s\u3000]*TITLE[\s\u3000]*$} finds from {@code from},
   * computed by searching the title instead of compiling a pattern per title.
   */
  private boolean standsAsLine(String title, int from) {
    if (title.isEmpty()) {
      return true;
    }
    for (int at = text.indexOf(title, from); at >= 0; at = text.indexOf(title, at + 1)) {
      if (blankToLineStart(at, from) && blankToLineEnd(at + title.length())) {
        return true;
      }
    }
    return false;
  }

  private boolean blankToLineStart(int at, int from) {
    for (int k = at; ; k--) {
      if (k == 0 || (isLineTerminator(text.charAt(k - 1)) && !(text.charAt(k - 1) == '\r' && k < text.length() && text.charAt(k) == '\n'))) {
        return k >= from;
      }
      if (k <= from || !isRegexBlank(text.charAt(k - 1))) {
        return false;
      }
    }
  }

  private boolean blankToLineEnd(int at) {
    for (int k = at; ; k++) {
      if (k == text.length() || isLineTerminator(text.charAt(k))) {
        return true;
      }
      if (!isRegexBlank(text.charAt(k))) {
        return false;
      }
    }
  }

  /** Line terminators as java.util.regex sees them. */
  private static boolean isLineTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /** {@code [\s\u3000]} of java.util.regex. */
  private static boolean isRegexBlank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u3000';
  }

  private volatile java.util.Map<Integer, Integer> repeatedLines;

  /** Shortest line, stripped, that counts as a repeated paragraph; shorter lines repeat naturally. */
  static final int MIN_REPEATED_LINE = 20;

  /**
   * When a line starting at {@code pos} repeats, stripped of surrounding blanks, an earlier line
   * of at least {@value #MIN_REPEATED_LINE} characters: the end of its text (before the line
   * break); else -1.
   */
  public int repeatedLineEnd(int pos) {
    java.util.Map<Integer, Integer> m = repeatedLines;
    if (m == null) {
      m = new java.util.HashMap<>();
      java.util.Set<String> seen = new java.util.HashSet<>();
      int start = 0;
      while (start <= text.length()) {
        int nl = text.indexOf('\n', start);
        int end = nl < 0 ? text.length() : nl;
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
          s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
          e--;
        }
        if (e - s >= MIN_REPEATED_LINE && !seen.add(text.substring(s, e))) {
          m.put(s, e);
        }
        if (nl < 0) {
          break;
        }
        start = nl + 1;
      }
      repeatedLines = m;
    }
    return m.getOrDefault(pos, -1);
  }

  private volatile int[] clauseStarts;

  /**
   * Offsets where clauses start: 0 and every position just after 。;!? or a line break (folded).
   * No match of a rule that cannot consume those characters spans two clauses.
   */
  public int[] clauseStarts() {
    int[] c = clauseStarts;
    if (c == null) {
      int n = 1;
      for (char ch : folded) {
        if (isGapBoundary(ch)) {
          n++;
        }
      }
      c = new int[n];
      int k = 1;
      for (int i = 0; i < folded.length; i++) {
        if (isGapBoundary(folded[i])) {
          c[k++] = i + 1;
        }
      }
      clauseStarts = c;
    }
    return c;
  }

  /** Trimmed INDICATOR runs by their span: a run is trimmed for a rule's condition and its fact. */
  private final java.util.Map<Long, int[]> trimmed = new java.util.HashMap<>();

  /** {@link IndicatorTrimmer#trim} of [start, end), computed once per document and span. */
  int[] trimmedIndicator(int start, int end) {
    return trimmed.computeIfAbsent(((long) start << 32) | end, k -> IndicatorTrimmer.trim(text, start, end));
  }

  /** Per document, per need (by value): its hits as start, end pairs; see {@link #hits}. */
  private final java.util.Map<Prefilter.Need, int[]> hitCache = new java.util.HashMap<>();
  private final java.util.Map<String, int[]> boundaryCache = new java.util.HashMap<>();
  private String foldedText;

  /**
   * Where {@code need} is met: pairs of start and end offsets (start, end, start, end …) sorted
   * by start, then end. Computed once per document and need; not thread-safe, like the rest of a
   * document's lazily built parts, since one document is matched by one thread.
   */
  int[] hits(Prefilter.Need need) {
    int[] cached = hitCache.get(need);
    if (cached != null) {
      return cached;
    }
    long[] found = new long[16];
    int count = 0;
    if (need.typeMask() != 0) {
      for (Quantity q : tokens) {
        if ((need.typeMask() & (1 << q.type().ordinal())) != 0 && q.end() > q.start()) {
          found = grow(found, count);
          found[count++] = pair(q.start(), q.end());
        }
      }
    }
    if (foldedText == null && (!need.words().isEmpty() || need.hasChars() || !need.tries().isEmpty())) {
      foldedText = new String(folded);
    }
    for (String w : need.words()) {
      for (int at = foldedText.indexOf(w); at >= 0; at = foldedText.indexOf(w, at + 1)) {
        found = grow(found, count);
        found[count++] = pair(at, at + w.length());
      }
    }
    if (need.hasChars()) {
      java.util.BitSet chars = need.chars();
      if (chars.cardinality() <= FEW_CHARS) {
        // a few characters (x and X of a mask): one vectorized search each
        for (int c = chars.nextSetBit(0); c >= 0; c = chars.nextSetBit(c + 1)) {
          for (int at = foldedText.indexOf(c); at >= 0; at = foldedText.indexOf(c, at + 1)) {
            found = grow(found, count);
            found[count++] = pair(at, at + 1);
          }
        }
      } else {
        for (int p = 0; p < folded.length; p++) {
          if (need.hasChar(folded[p])) {
            found = grow(found, count);
            found[count++] = pair(p, p + 1);
          }
        }
      }
    }
    for (Trie trie : need.tries()) {
      java.util.BitSet first = trie.firstChars();
      if (first.cardinality() <= FEW_CHARS) {
        for (int c = first.nextSetBit(0); c >= 0; c = first.nextSetBit(c + 1)) {
          for (int at = foldedText.indexOf(c); at >= 0; at = foldedText.indexOf(c, at + 1)) {
            int from = at;
            long[][] box = {found};
            int[] n = {count};
            trie.matchAt(folded, at, folded.length, end -> {
              box[0] = grow(box[0], n[0]);
              box[0][n[0]++] = pair(from, end);
            });
            found = box[0];
            count = n[0];
          }
        }
        continue;
      }
      for (int p = 0; p < folded.length; p++) {
        if (trie.mayStartAt(folded, p, folded.length)) {
          int from = p;
          long[][] box = {found};
          int[] c = {count};
          trie.matchAt(folded, p, folded.length, end -> {
            box[0] = grow(box[0], c[0]);
            box[0][c[0]++] = pair(from, end);
          });
          found = box[0];
          count = c[0];
        }
      }
    }
    if (!sorted(found, count)) {
      java.util.Arrays.sort(found, 0, count);
    }
    int[] out = new int[2 * count];
    for (int i = 0; i < count; i++) {
      out[2 * i] = (int) (found[i] >>> 32);
      out[2 * i + 1] = (int) found[i];
    }
    hitCache.put(need, out);
    return out;
  }

  private static boolean sorted(long[] a, int count) {
    for (int i = 1; i < count; i++) {
      if (a[i - 1] > a[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when {@code need} is met within [from, to): found in the hits when they are computed
   * already, else by looking at that stretch of text only.
   */
  boolean hasHit(Prefilter.Need need, int from, int to) {
    int[] pairs = hitCache.get(need);
    if (pairs != null) {
      int k = 2 * firstPairFrom(pairs, from);
      for (; k < pairs.length && pairs[k] < to; k += 2) {
        if (pairs[k + 1] <= to) {
          return true;
        }
      }
      return false;
    }
    if (need.typeMask() != 0) {
      for (int i = firstTokenFrom(from); i < tokens.size() && tokens.get(i).start() < to; i++) {
        Quantity q = tokens.get(i);
        if ((need.typeMask() & (1 << q.type().ordinal())) != 0 && q.end() <= to && q.end() > q.start()) {
          return true;
        }
      }
    }
    for (String w : need.words()) {
      char c0 = w.charAt(0);
      for (int p = from; p + w.length() <= to; p++) {
        if (folded[p] == c0 && regionEquals(p, w)) {
          return true;
        }
      }
    }
    if (need.hasChars()) {
      for (int p = from; p < to; p++) {
        if (need.hasChar(folded[p])) {
          return true;
        }
      }
    }
    for (Trie trie : need.tries()) {
      boolean[] hit = {false};
      for (int p = from; p < to && !hit[0]; p++) {
        if (trie.mayStartAt(folded, p, to)) {
          trie.matchAt(folded, p, to, end -> hit[0] = true);
        }
      }
      if (hit[0]) {
        return true;
      }
    }
    return false;
  }

  private boolean regionEquals(int p, String w) {
    for (int k = 1; k < w.length(); k++) {
      if (folded[p + k] != w.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Index of the first (start, end) pair starting at or after pos. */
  private static int firstPairFrom(int[] pairs, int pos) {
    int lo = 0;
    int hi = pairs.length / 2;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (pairs[2 * mid] < pos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Up to this many characters are searched one by one (String.indexOf) instead of by a scan. */
  private static final int FEW_CHARS = 4;

  private static long pair(int start, int end) {
    return ((long) start << 32) | end;
  }

  private static long[] grow(long[] a, int count) {
    return count < a.length ? a : java.util.Arrays.copyOf(a, a.length * 2);
  }

  /** Sorted offsets of the characters of {@code chars} (some of 。;!? and line breaks) in the folded text. */
  int[] boundaries(String chars) {
    int[] cached = boundaryCache.get(chars);
    if (cached == null) {
      int[] all = clauseStarts(); // every boundary + 1, after a leading 0
      int count = 0;
      int[] picked = new int[all.length];
      for (int i = 1; i < all.length; i++) {
        if (chars.indexOf(folded[all[i] - 1]) >= 0) {
          picked[count++] = all[i] - 1;
        }
      }
      cached = java.util.Arrays.copyOf(picked, count);
      boundaryCache.put(chars, cached);
    }
    return cached;
  }

  /** The heading structure, computed on first use. */
  public Sections sections() {
    Sections s = sections;
    if (s == null) {
      s = new Sections(text);
      sections = s;
    }
    return s;
  }

  /** Bit mask of a set of quantity types, as used by TOKEN instructions. */
  public static int mask(QuantityType... types) {
    int m = 0;
    for (QuantityType t : types) {
      m |= 1 << t.ordinal();
    }
    return m;
  }

  /** Characters a gap does not cross: sentence ends, semicolons and line breaks (folded). */
  static boolean isGapBoundary(char c) {
    return c == '\u3002' || c == ';' || c == '!' || c == '?' || c == '\n' || c == '\r';
  }

  /** {@link #isIndicatorChar} as the predicate of the INDICATOR loop (one instance: the matcher recognizes it). */
  public static final CharPredicate INDICATOR_CHAR = DocumentContext::isIndicatorChar;

  /** Characters an INDICATOR may contain: Han, Latin letters, quotes and brackets of names. */
  public static boolean isIndicatorChar(char c) {
    return (c >= '\u4E00' && c <= '\u9FFF')
        || (c >= '\u3400' && c <= '\u4DBF')
        || (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || c == '\u201C'
        || c == '\u201D'
        || c == '\u300A'
        || c == '\u300B'
        || c == '\u00B7'
        || c == '&'
        || c == '('
        || c == ')';
  }
}
