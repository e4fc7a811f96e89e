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
    this.folded = Width.fold(text).toCharArray();
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

  /** Index of the first token starting at or after {@code pos}. */
  int firstTokenFrom(int pos) {
    int lo = 0;
    int hi = tokenStarts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokenStarts[mid] < pos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
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
      java.util.regex.Matcher t = TITLE.matcher(text);
      while (t.find()) {
        titles.add(t.start());
      }
      java.util.regex.Matcher f = FIRST_SECTION.matcher(text);
      int count = 0;
      Integer region = null;
      while (f.find()) {
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
      java.util.regex.Matcher e = TOC_ENTRY.matcher(text);
      while (e.find()) {
        String title = e.group(1).strip();
        java.util.regex.Matcher later = java.util.regex.Pattern.compile(
            "(?m)^[\\s\u3000]*" + java.util.regex.Pattern.quote(title) + "[\\s\u3000]*$").matcher(text);
        if (!later.find(e.end())) {
          m.put(e.start(1), e.start(1) + e.group(1).length());
        }
      }
      missingToc = m;
    }
    return m.getOrDefault(pos, -1);
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
