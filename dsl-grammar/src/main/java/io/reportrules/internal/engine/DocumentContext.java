package io.reportrules.internal.engine;

import io.reportrules.quantity.Quantity;
import io.reportrules.quantity.QuantityScanner;
import io.reportrules.quantity.QuantityType;
import io.reportrules.quantity.internal.Blanks;
import java.util.List;

/**
 * One document prepared for matching: its width-folded text and its figures, scanned once and
 * shared by every rule. Immutable; built per document.
 */
public final class DocumentContext {
  private final String text;
  private final char[] folded;
  private final List<Quantity> tokens;
  private final Tables tables;
  private final int[] tokenStarts;
  /** Per token, {@code 1 << type.ordinal()}: the bit type masks test. */
  private final int[] tokenBits;
  private volatile Sections sections;

  public DocumentContext(String text, QuantityScanner scanner) {
    this.text = text;
    this.folded = Folding.foldToArray(text);
    this.tables = Tables.read(folded, text, scanner.scan(text), scanner);
    this.tokens = tables.tokens;
    this.tokenStarts = new int[tokens.size()];
    this.tokenBits = new int[tokens.size()];
    for (int i = 0; i < tokenStarts.length; i++) {
      tokenStarts[i] = tokens.get(i).start();
      tokenBits[i] = 1 << tokens.get(i).type().ordinal();
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

  /** True when a row of a statistical table names its quantity from {@code pos} (ROW_START). */
  boolean rowStartAt(int pos) {
    return tables.rowStartAt(pos);
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

  /** Per type (by ordinal), per token index i: the index of the first token of that type at or after i; built on first use. */
  private final int[][] nextOfType = new int[QuantityType.values().length][];

  private int[] nextOfType(int type) {
    int[] next = nextOfType[type];
    if (next == null) {
      next = new int[tokenStarts.length + 1];
      next[tokenStarts.length] = tokenStarts.length;
      for (int i = tokenStarts.length - 1; i >= 0; i--) {
        next[i] = tokenBits[i] == 1 << type ? i : next[i + 1];
      }
      nextOfType[type] = next;
    }
    return next;
  }

  /**
   * The first token of one of {@code typeMask}'s types starting in [from, to), or null: past the
   * next few figures, one table read per type, so that looking for a rare type does not walk every
   * figure in between.
   */
  Quantity firstTokenOf(int typeMask, int from, int to) {
    int i = firstTokenFrom(from);
    // the next few figures are looked at directly: most lookups end there (a figure right here)
    for (int stop = Math.min(tokenStarts.length, i + 4); i < stop; i++) {
      if (tokenStarts[i] >= to) {
        return null;
      }
      if ((typeMask & tokenBits[i]) != 0) {
        return tokens.get(i);
      }
    }
    int best = tokenStarts.length;
    for (int m = typeMask; m != 0; m &= m - 1) {
      best = Math.min(best, nextOfType(Integer.numberOfTrailingZeros(m))[Math.min(i, tokenStarts.length)]);
    }
    return best < tokenStarts.length && tokenStarts[best] < to ? tokens.get(best) : null;
  }

  /** {@code 1 << type.ordinal()} of token i: the bit a type mask tests. */
  int tokenBit(int i) {
    return tokenBits[i];
  }

  /** Where a figure ends, one bit a position, made on first use; see {@link #figureEndsAt}. */
  private long[] figureEnds;

  /** True when a figure of the document ends exactly at {@code pos}. */
  boolean figureEndsAt(int pos) {
    long[] at = figureEnds;
    if (at == null) {
      at = new long[(folded.length >>> 6) + 1];
      for (Quantity q : tokens) {
        at[q.end() >>> 6] |= 1L << q.end();
      }
      figureEnds = at;
    }
    return pos >= 0 && pos <= folded.length && (at[pos >>> 6] & (1L << pos)) != 0;
  }

  /** True when a token of one of {@code typeMask}'s types starts exactly at {@code pos}. */
  boolean hasTokenAt(int typeMask, int pos) {
    int i = firstTokenAt(pos);
    if (i < 0) {
      return false;
    }
    for (; i < tokenStarts.length && tokenStarts[i] == pos; i++) {
      if ((typeMask & tokenBits[i]) != 0) {
        return true;
      }
    }
    return false;
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
      if (q.end() == end && (typeMask & tokenBits[i]) != 0
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

  private DocumentFeatures features;

  private DocumentFeatures documentFeatures() {
    if (features == null) {
      features = new DocumentFeatures(text);
    }
    return features;
  }

  /** Every [start, end) of a document feature (FEATURE_*), in document order. */
  public List<int[]> features(int kind) {
    return documentFeatures().all(kind);
  }

  /** End of the feature of that kind starting at pos, or -1. */
  public int featureEnd(int kind, int pos) {
    return documentFeatures().end(kind, pos);
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
    // the blanks a name may follow clause punctuation with (see PikeVm) are not part of it
    while (start < end && Blanks.isBlank(folded[start])) {
      start++;
    }
    int s = start;
    return trimmed.computeIfAbsent(((long) s << 32) | end, k -> IndicatorTrimmer.trim(foldedText(), s, end));
  }

  private String foldedText;

  /** The folded text as a String (same offsets as {@link #text()}), made on first use. */
  String foldedText() {
    if (foldedText == null) {
      foldedText = new String(folded);
    }
    return foldedText;
  }

  private NeedIndex needs;

  /** Where the needs of rules are met in this document, built on first use. */
  NeedIndex needs() {
    if (needs == null) {
      needs = new NeedIndex(this);
    }
    return needs;
  }

  /** The heading structure, computed on first use. */
  public Sections sections() {
    Sections s = sections;
    if (s == null) {
      s = new Sections(foldedText()); // headings are read folded (工作目標 as 工作目标)
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

  /**
   * Literal characters a pattern may find after blanks ({@link Blanks}), as it finds figures and
   * lexicon words there: the clause punctuation (folded , 、 ; :) that typed or converted text sets
   * off with spaces ("85.6亿元 ,增长", "亿元, 增长"). Other literals match only where they stand, so
   * a literal word never has blanks inside.
   */
  public static boolean mayFollowBlanks(char c) {
    return c == ',' || c == '、' || c == ';' || c == ':';
  }

  /** Characters a gap does not cross: sentence ends, semicolons and line breaks (folded). */
  static boolean isGapBoundary(char c) {
    return c == '\u3002' || c == ';' || c == '!' || c == '?' || c == '\n' || c == '\r';
  }

  /** Figures whose unit and bound words hold characters a name also holds (亿元, 超过, 翻一番). */
  private static final int UNIT_FIGURES = mask(QuantityType.MONEY, QuantityType.BARE_MONEY, QuantityType.PERCENT,
      QuantityType.POINTS, QuantityType.MULTIPLE, QuantityType.MEASURE, QuantityType.RANGE, QuantityType.MASKED);

  /** Where an INDICATOR may stand, one bit a position, made on first use; see {@link #indicatorAt}. */
  private long[] indicatorPositions;

  /**
   * True when position i may stand in an INDICATOR of this document: {@link #isIndicatorCharAt}, and
   * not inside a figure past its first character. The 亿元 of "中央资金1.2亿元、省级资金" names
   * nothing, so no name starts there. Computed for the whole document at once (a bit a character):
   * every rule with an INDICATOR asks at every character of a run, so one read beats the test.
   */
  boolean indicatorAt(int i) {
    long[] at = indicatorPositions;
    if (at == null) {
      at = new long[(folded.length + 63) >>> 6];
      for (int k = 0; k < folded.length; k++) {
        if (isIndicatorCharAt(folded, k)) {
          at[k >>> 6] |= 1L << k;
        }
      }
      markListedNames(at);
      for (int k = 0; k < tokens.size(); k++) {
        Quantity q = tokens.get(k);
        if ((tokenBits[k] & UNIT_FIGURES) != 0) {
          for (int p = q.start() + 1; p < q.end(); p++) {
            at[p >>> 6] &= ~(1L << p);
          }
        }
      }
      indicatorPositions = at;
    }
    return (at[i >>> 6] & (1L << i)) != 0;
  }

  /**
   * Names of the statistics whose parts a 、 joins (the industries of GB/T 4754, price indices): one
   * name, not a list of names, so an INDICATOR runs through their 、.
   */
  private static final String[] LISTED_NAMES = {
      "交通运输、仓储和邮政业", "信息传输、软件和信息技术服务业", "信息传输、计算机服务和软件业",
      "电力、热力、燃气及水生产和供应业", "电力、燃气及水的生产和供应业", "电力、热力、燃气及水的生产和供应业",
      "水利、环境和公共设施管理业", "居民服务、修理和其他服务业", "文化、体育和娱乐业",
      "公共管理、社会保障和社会组织", "卫生、社会保障和社会福利业", "农、林、牧、渔业", "农、林、牧、渔服务业",
      "原材料、燃料、动力购进价格", "教育、文化和娱乐", "交通、仓储和邮电通信业"};

  /** For each of {@link #LISTED_NAMES}, the offsets of its 、: found once, not for every 、 of every document. */
  private static final int[][] LISTED_NAME_SEPARATORS = java.util.Arrays.stream(LISTED_NAMES)
      .map(name -> java.util.stream.IntStream.range(0, name.length()).filter(j -> name.charAt(j) == '、').toArray())
      .toArray(int[][]::new);

  /** The characters that follow a 、 inside one of {@link #LISTED_NAMES}. */
  private static final String AFTER_LISTED_SEPARATOR = java.util.Arrays.stream(LISTED_NAMES)
      .flatMap(name -> java.util.stream.IntStream.range(0, name.length() - 1).filter(j -> name.charAt(j) == '、')
          .mapToObj(j -> String.valueOf(name.charAt(j + 1))))
      .distinct().collect(java.util.stream.Collectors.joining());

  /** Sets the 、 inside each {@link #LISTED_NAMES} occurrence as a position a name may hold. */
  private void markListedNames(long[] at) {
    String text = foldedText();
    for (int k = text.indexOf('、'); k >= 0; k = text.indexOf('、', k + 1)) {
      if (k + 1 >= text.length() || AFTER_LISTED_SEPARATOR.indexOf(text.charAt(k + 1)) < 0) {
        continue; // the 、 of a list: most of them, and none of a listed name
      }
      for (int n = 0; n < LISTED_NAMES.length; n++) {
        for (int j : LISTED_NAME_SEPARATORS[n]) {
          if (k >= j && text.startsWith(LISTED_NAMES[n], k - j)) {
            at[k >>> 6] |= 1L << k;
          }
        }
      }
    }
  }

  /** {@link #isIndicatorChar} as the predicate of the INDICATOR loop (one instance: the matcher recognizes it). */
  public static final CharPredicate INDICATOR_CHAR = DocumentContext::isIndicatorChar;

  /**
   * True when the folded character at i may stand in an INDICATOR: an {@link #isIndicatorChar}, or
   * a digit or decimal point of a Latin name's number (PM2.5, PM10, CO2: up to four after the
   * letters). Figures never start inside such a name, as the scanner skips digits glued to letters.
   */
  private static boolean isIndicatorCharAt(char[] text, int i) {
    char c = text[i];
    if (isIndicatorChar(c)) {
      return true;
    }
    boolean digit = c >= '0' && c <= '9';
    if (!digit && c != '.') {
      return false;
    }
    int q = i;
    while (q > 0 && i - q < 4 && ((text[q - 1] >= '0' && text[q - 1] <= '9') || text[q - 1] == '.')) {
      q--;
    }
    if (q == 0 || !((text[q - 1] >= 'a' && text[q - 1] <= 'z') || (text[q - 1] >= 'A' && text[q - 1] <= 'Z'))) {
      return false;
    }
    return digit || (q < i && i + 1 < text.length && text[i + 1] >= '0' && text[i + 1] <= '9');
  }

  /** Characters an INDICATOR may contain: Han, Latin letters (with pinyin's tone marks), quotes and brackets of names. */
  public static boolean isIndicatorChar(char c) {
    return (c >= '\u4E00' && c <= '\u9FFF')
        || (c >= '\u3400' && c <= '\u4DBF')
        || (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        // the tone-marked vowels of pinyin that some sites annotate words with (產(chǎn)業(yè)): the
        // annotation stays inside the name it splits instead of cutting it in two
        || (c >= '\u00E0' && c <= '\u00FC' && c != '\u00F7')
        || (c >= '\u0100' && c <= '\u017F')
        || (c >= '\u01CD' && c <= '\u01DC')
        || c == '\u201C'
        || c == '\u201D'
        || c == '"'
        || c == '\u300A'
        || c == '\u300B'
        || c == '\u00B7'
        || c == '&'
        || c == '('
        || c == ')';
  }
}
