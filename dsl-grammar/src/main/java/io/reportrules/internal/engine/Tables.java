package io.reportrules.internal.engine;

import io.reportrules.quantity.Quantity;
import io.reportrules.quantity.QuantityScanner;
import io.reportrules.quantity.QuantityType;
import io.reportrules.quantity.internal.Blanks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statistical tables of a document, read by their headers. A table is a header (one to six
 * lines of column titles, which converters often break across lines) followed by rows that start
 * with a name and hold figures, with cells between pipes ({@code | 增值税 | 万元 | 576864 | 2.4 |}),
 * tabs, or blanks ({@code 粮食 21774 0.99}). A bare number in a cell is only a number to the scanner;
 * the header says what it is:
 * <ul>
 *   <li>an amount column ({@code 绝对数(万元)}, {@code 1-4月累计} with a 计算单位 column of 万元, or any
 *       column under a {@code 单位:吨} line) makes its cells MONEY or MEASURE figures of that unit;
 *   <li>a change column ({@code 比上年增长(%)}, {@code 增减%}) makes its cells signed PERCENT figures
 *       ({@code -3.9} is a fall of 3.9 %);
 *   <li>columns of the year before ({@code 上年完成数}, {@code 上年同期}, an earlier year than another
 *       column's), of differences ({@code 增减额}) and of shares ({@code 结构(%)}, {@code 比重}) stay
 *       numbers, as do cells whose column has no unit.
 * </ul>
 * Each row's name start is the anchor {@code ROW_START} (after a row number such as {@code 1、} or
 * {@code 其中:}), from which a rule reads the row. What the titles mean, and how they line up
 * with a row's cells, is {@link TableHeader}'s.
 */
final class Tables {
  /** The document's tokens with table cells typed, in token order. */
  final List<Quantity> tokens;
  /** Sorted positions where a table row's name starts. */
  final int[] rowStarts;

  private Tables(List<Quantity> tokens, int[] rowStarts) {
    this.tokens = tokens;
    this.rowStarts = rowStarts;
  }

  boolean rowStartAt(int p) {
    return rowStarts.length > 0 && Arrays.binarySearch(rowStarts, p) >= 0;
  }

  enum Style { PIPE, TAB, BLANK }

  /** One cell: [start, end) of the folded text, blanks trimmed; its text. */
  record Cell(int start, int end, String text) {
    /** Nothing, or only a dash or dots standing for no figure (—, ——, -, …, /). */
    boolean empty() {
      return NO_FIGURE.matcher(text).matches();
    }

    /** An English word of a bilingual table (Total, Revenue): part of the row's name. */
    boolean latin() {
      return LATIN.matcher(text).matches();
    }

    boolean numeric() {
      return NUMERIC.matcher(text).matches();
    }

  }

  /**
   * One line split into cells; {@code figures} marks the cells that hold one figure with its unit
   * (308.12万吨, 12.5%), which the scanner typed already.
   */
  record Line(int start, int end, Style style, List<Cell> cells, boolean[] figures) {}

  private static final Pattern NO_FIGURE = Pattern.compile("[-—–/…. ]*");
  private static final Pattern LATIN = Pattern.compile("[A-Za-z][A-Za-z&,.()'/-]*");
  private static final Pattern NUMERIC = Pattern.compile("[-+]?[0-9][0-9,]*(\\.[0-9]+)?");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  /** A row number or mark before a row's name: 1、 一、 (一) (1) 其中: # — possibly several. */
  private static final Pattern ROW_NUMBER = Pattern.compile(
      "^(?:(?:[((][0-9一二三四五六七八九十]{1,3}[))]|[0-9]{1,3}[、.]|[一二三四五六七八九十]{1,3}、|其中[::]?|[#*]+)[ ]*)+");
  private static final Pattern TABLE_UNIT = Pattern.compile("(?:计量|计算)?单位[::]?[ ]*([^ |,,;;()()]{1,6})");
  static final Pattern BRACKETED = Pattern.compile("[((]([^()()]{1,6})[))]");
  private static final Pattern BLANKS = Pattern.compile("[ \\u00a0]");
  private static final Pattern HAN_ONLY = Pattern.compile("[\\p{IsHan}]{1,3}");
  private static final Pattern CHANGE_TITLE = Pattern.compile("[^ ]{0,8}(增长|增减|增速|增幅|±)[^ ]{0,3}[%‰][))]?");
  static final Pattern LONE_UNIT = Pattern.compile("[((][^()()0-9]{1,6}[))]");
  static final Pattern CHANGE_PIECE = Pattern.compile("(增长|增减|增速|增幅)[((]?%[))]?");
  private static final Pattern YEAR_TITLE = Pattern.compile("(?:19|20)[0-9]{2}");
  /** A column of one year: the title starts with it (2016年预算数, 2021, 2019年(亿元)). */
  static final Pattern YEAR = Pattern.compile("^((?:19|20)[0-9]{2})(?:年|$|[((])");

  /** The tables of a document: tokens retyped and row starts; the tokens as given when it holds none. */
  static Tables read(char[] folded, String text, List<Quantity> tokens, QuantityScanner scanner) {
    List<Line> lines = candidateLines(folded, tokens);
    if (lines.isEmpty()) {
      return new Tables(tokens, new int[0]);
    }
    List<Quantity> typed = new ArrayList<>();
    List<Integer> rowStarts = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      Line row = lines.get(i);
      if (!isDataRow(row)) {
        i++;
        continue;
      }
      // the header: the lines of the same style just above, up to a blank line or prose
      int h = i;
      while (h > 0 && i - h < 6 && lines.get(h - 1).end + 1 == lines.get(h).start
          && isHeaderLine(lines.get(h - 1), row.style)) {
        h--;
      }
      if (h == i) {
        i++;
        continue;
      }
      TableHeader header = TableHeader.of(lines.subList(h, i), lines, h);
      int r = i;
      while (r < lines.size() && (r == i || lines.get(r - 1).end + 1 == lines.get(r).start)
          && lines.get(r).style == row.style && (isDataRow(lines.get(r)) || isGroupLine(lines.get(r)))) {
        Line line = lines.get(r);
        int n = cellCount(line);
        if (isDataRow(line) && header.forCells(n).typeRow(line, n, text, scanner, typed)) {
          rowStarts.add(nameStart(line.cells.get(0)));
        }
        r++;
      }
      i = r;
    }
    if (typed.isEmpty()) {
      return new Tables(tokens, new int[0]);
    }
    return new Tables(merge(tokens, typed), rowStarts.stream().mapToInt(Integer::intValue).sorted().toArray());
  }

  /** The cells of a row without the empty ones a pipe layout leaves at its end. */
  static int cellCount(Line row) {
    int n = row.cells.size();
    while (n > 1 && row.cells.get(n - 1).text.isEmpty() && row.style != Style.BLANK) {
      n--;
    }
    return n;
  }

  /** Lines that split into two cells or more, with their cells; prose lines (no blank, tab or pipe) are skipped early. */
  private static List<Line> candidateLines(char[] t, List<Quantity> tokens) {
    List<Line> out = new ArrayList<>();
    java.util.Set<Long> figures = null; // spans of figures with a unit, made when a line is split
    int start = 0;
    while (start <= t.length) {
      int end = start;
      boolean pipe = false;
      boolean tab = false;
      boolean blank = false;
      while (end < t.length && t[end] != '\n') {
        char c = t[end];
        pipe |= c == '|';
        tab |= c == '\t';
        blank |= c == ' ' || c == '\u00a0';
        end++;
      }
      int e = end > start && t[end - 1] == '\r' ? end - 1 : end;
      if (pipe || tab || blank) {
        Style style = pipe ? Style.PIPE : tab ? Style.TAB : Style.BLANK;
        List<Cell> cells = split(t, start, e, style);
        if (cells.size() >= 2 || style != Style.BLANK && !cells.isEmpty() || isUnitLine(cells)) {
          if (figures == null) {
            figures = new java.util.HashSet<>();
            for (Quantity q : tokens) {
              if (q.type() != QuantityType.NUMBER && q.unit() != null) {
                figures.add(((long) q.start() << 32) | q.end());
              }
            }
          }
          boolean[] isFigure = new boolean[cells.size()];
          for (int k = 0; k < cells.size(); k++) {
            isFigure[k] = figures.contains(((long) cells.get(k).start << 32) | cells.get(k).end);
          }
          out.add(new Line(start, e, style, cells, isFigure));
        }
      } else if (e - start <= 16 && e > start && (unitOf(new String(t, start, e - start)) != null
          || isLoneTitle(new String(t, start, e - start)))) {
        out.add(new Line(start, e, Style.BLANK, List.of(cell(t, start, e)), new boolean[1]));
      }
      start = end + 1;
    }
    return out;
  }

  private static boolean isUnitLine(List<Cell> cells) {
    return cells.size() == 1 && unitOf(cells.get(0).text) != null;
  }

  private static List<Cell> split(char[] t, int from, int to, Style style) {
    List<Cell> cells = new ArrayList<>();
    if (style == Style.BLANK) {
      int i = from;
      while (i < to) {
        while (i < to && isBlank(t[i])) {
          i++;
        }
        int s = i;
        while (i < to && !isBlank(t[i])) {
          i++;
        }
        if (i > s) {
          cells.add(cell(t, s, i));
        }
      }
      // a row mark standing apart (# 增值税, 其中: 稻谷) belongs to the name after it
      if (cells.size() >= 2 && ROW_NUMBER.matcher(cells.get(0).text).matches()) {
        Cell name = cell(t, cells.get(0).start, cells.get(1).end);
        cells.remove(0);
        cells.set(0, name);
      }
      // so does a name spaced out (总  计 8942.09 9.4): the Han cells before a row's first figure
      int names = 0;
      while (names < cells.size() && HAN_ONLY.matcher(cells.get(names).text).matches()) {
        names++;
      }
      if (names >= 2 && names < cells.size() && cells.get(names).numeric()) {
        Cell name = cell(t, cells.get(0).start, cells.get(names - 1).end);
        cells.subList(1, names).clear();
        cells.set(0, name);
      }
      return cells;
    }
    char sep = style == Style.PIPE ? '|' : '\t';
    int s = from;
    for (int i = from; i <= to; i++) {
      if (i == to || t[i] == sep) {
        cells.add(cell(t, s, i));
        s = i + 1;
      }
    }
    // a border pipe leaves an empty cell before the first and after the last
    if (!cells.isEmpty() && cells.get(0).text.isEmpty() && firstNonBlank(t, from, to) == sep) {
      cells.remove(0);
    }
    if (!cells.isEmpty() && cells.get(cells.size() - 1).text.isEmpty()) {
      cells.remove(cells.size() - 1);
    }
    return cells;
  }

  private static char firstNonBlank(char[] t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isBlank(t[i])) {
        return t[i];
      }
    }
    return 0;
  }

  private static Cell cell(char[] t, int s, int e) {
    while (s < e && isBlank(t[s])) {
      s++;
    }
    while (e > s && isBlank(t[e - 1])) {
      e--;
    }
    return new Cell(s, e, new String(t, s, e - s));
  }

  private static boolean isBlank(char c) {
    return Blanks.isBlank(c) || c == '\r';
  }

  /** A name (with a Han character) first, then a figure in one of the other cells; blank rows hold nothing else but units. */
  private static boolean isDataRow(Line line) {
    List<Cell> cells = line.cells;
    if (cells.size() < 2 || !HAN.matcher(cells.get(0).text).find()) {
      return false;
    }
    int numbers = 0;
    for (int k = 1; k < cells.size(); k++) {
      Cell c = cells.get(k);
      if (c.numeric() || line.figures[k]) {
        numbers++;
      } else if (line.style == Style.BLANK && !c.empty() && !c.latin() && unitOf(c.text) == null) {
        return false;
      }
    }
    return numbers > 0;
  }

  /** Column titles: some text, no bare figure. */
  private static boolean isHeaderLine(Line line, Style style) {
    if (line.style != style && !(style == Style.BLANK && line.cells.size() == 1)) {
      return false;
    }
    if (!line.cells.isEmpty() && unitOf(normalize(line.cells.get(0).text)) != null) {
      return true; // 单位:万元 (10 000 yuan)
    }
    boolean text = false;
    for (Cell c : line.cells) {
      if (c.numeric() && !YEAR_TITLE.matcher(c.text).matches()) {
        return false; // a title may be a bare year (项目 2020 2021), no other number
      }
      text |= !c.empty() && !c.numeric();
    }
    // one title alone is a piece of a title row broken by a converter (1-4月 累计 |, (亿元)) or a unit line
    return text && (line.cells.size() > 1 || line.style != Style.BLANK || unitOf(line.cells.get(0).text) != null
        || isLoneTitle(line.cells.get(0).text));
  }

  /**
   * A line naming a group of rows (商业, 在总额中:): its first cell only; in a blank-separated
   * table, a Han name with at most its English (按税种分 By Classification).
   */
  static boolean isGroupLine(Line line) {
    if (line.cells.isEmpty() || line.cells.get(0).empty()) {
      return false;
    }
    boolean latin = true;
    for (int k = 1; k < line.cells.size(); k++) {
      Cell c = line.cells.get(k);
      if (!c.empty() && !(line.style == Style.BLANK && c.latin())) {
        return false;
      }
      latin &= c.latin();
    }
    return line.style != Style.BLANK || line.cells.size() > 1 && latin && HAN.matcher(line.cells.get(0).text).find();
  }

  /** A piece of a title row a converter put on a line of its own: (亿元), 比去年同期增长(%). */
  private static boolean isLoneTitle(String s) {
    return LONE_UNIT.matcher(s).matches() || CHANGE_TITLE.matcher(s).matches();
  }

  private static int nameStart(Cell name) {
    Matcher m = ROW_NUMBER.matcher(name.text);
    return name.start + (m.find() ? m.end() : 0);
  }

  /** The unit a 单位:万元 line or cell gives, or null. */
  static String unitOf(String s) {
    Matcher m = TABLE_UNIT.matcher(s);
    return m.lookingAt() ? m.group(1) : null;
  }

  /**
   * Title text compared by its words: without blanks (项 目 名 称). Cells come from the folded text,
   * whose script is simplified already, and from text whose pinyin the extractor took out.
   */
  static String normalize(String title) {
    return BLANKS.matcher(title).replaceAll("");
  }

  /** The tokens with those inside a typed cell replaced by the cell's figure. */
  private static List<Quantity> merge(List<Quantity> tokens, List<Quantity> typed) {
    typed.sort(Comparator.comparingInt(Quantity::start));
    List<Quantity> out = new ArrayList<>(tokens.size() + typed.size());
    int k = 0;
    for (Quantity q : tokens) {
      while (k < typed.size() && typed.get(k).end() <= q.start()) {
        k++;
      }
      boolean inside = k < typed.size() && typed.get(k).start() <= q.start() && q.end() <= typed.get(k).end();
      if (!inside) {
        out.add(q);
      }
    }
    out.addAll(typed);
    out.sort(Comparator.comparingInt(Quantity::start).thenComparing(Comparator.comparingInt(Quantity::length).reversed())
        .thenComparingInt(q -> q.type().ordinal()));
    return List.copyOf(out);
  }
}
