package io.reportrules.internal.engine;

import io.reportrules.quantity.Quantity;
import io.reportrules.quantity.QuantityScanner;
import io.reportrules.quantity.QuantityType;
import io.reportrules.quantity.internal.Script;
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
 * {@code 其中:}), from which a rule reads the row. Rows whose cells do not line up with the header
 * are left alone: pipes and tabs are counted from the left, blanks (which also split titles such as
 * {@code 指 标}) from the right.
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

  private enum Style { PIPE, TAB, BLANK }

  /** One cell: [start, end) of the folded text, blanks trimmed; its text. */
  private record Cell(int start, int end, String text) {
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
  private record Line(int start, int end, Style style, List<Cell> cells, boolean[] figures) {}

  private static final Pattern NO_FIGURE = Pattern.compile("[-—–/…. ]*");
  private static final Pattern LATIN = Pattern.compile("[A-Za-z][A-Za-z&,.()'/-]*");
  private static final Pattern NUMERIC = Pattern.compile("[-+]?[0-9][0-9,]*(\\.[0-9]+)?");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  /** A row number before a row's name: 1、 一、 (一) (1) 其中: — possibly several. */
  private static final Pattern ROW_NUMBER = Pattern.compile(
      "^(?:(?:[((][0-9一二三四五六七八九十]{1,3}[))]|[0-9]{1,3}[、.]|[一二三四五六七八九十]{1,3}、|其中[::]?|#)[ ]*)+");
  private static final Pattern TABLE_UNIT = Pattern.compile("(?:计量|计算)?单位[::]?[ ]*([^ |,,;;()()]{1,6})");
  private static final Pattern BRACKETED = Pattern.compile("[((]([^()()]{1,6})[))]");
  private static final Pattern PINYIN = Pattern.compile("\\([a-zA-Z\\u00C0-\\u024F\\u0300-\\u036F ]{1,8}\\)");
  private static final Pattern ROW_MARK = Pattern.compile("[#*]+|[0-9]{1,2}[、.]|其中[::]?|[((][0-9一二三四五六七八九十]{1,2}[))]");
  private static final Pattern HAN_ONLY = Pattern.compile("[\\p{IsHan}]{1,3}");
  private static final Pattern CHANGE_TITLE = Pattern.compile("[^ ]{0,8}(增长|增减|增速|增幅|±)[^ ]{0,3}[%‰][))]?");
  private static final Pattern LONE_UNIT = Pattern.compile("[((][^()()0-9]{1,6}[))]");
  private static final Pattern CHANGE_PIECE = Pattern.compile("(增长|增减|增速|增幅)[((]?%[))]?");
  private static final Pattern YEAR_TITLE = Pattern.compile("(?:19|20)[0-9]{2}");
  /** A column of one year: the title starts with it (2016年预算数, 2021, 2019年(亿元)). */
  private static final Pattern YEAR = Pattern.compile("^((?:19|20)[0-9]{2})(?:年|$|[((])");

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
      Header header = Header.of(lines.subList(h, i), folded, lines, h);
      int r = i;
      while (r < lines.size() && (r == i || lines.get(r - 1).end + 1 == lines.get(r).start)
          && lines.get(r).style == row.style && (isDataRow(lines.get(r)) || isGroupLine(lines.get(r)))) {
        Line line = lines.get(r);
        if (isDataRow(line) && header.forCells(cellCount(line)).typeRow(line, text, scanner, typed)) {
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
  private static int cellCount(Line row) {
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
      if (cells.size() >= 2 && ROW_MARK.matcher(cells.get(0).text).matches()) {
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
    return c == ' ' || c == '\t' || c == '\u00a0' || c == '\r';
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
  private static boolean isGroupLine(Line line) {
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
  private static String unitOf(String s) {
    Matcher m = TABLE_UNIT.matcher(s);
    return m.lookingAt() ? m.group(1) : null;
  }

  /** Title text compared by its words: no blanks or pinyin, simplified script. */
  private static String normalize(String title) {
    String s = PINYIN.matcher(title).replaceAll("").replaceAll("[ \\u00a0]", "");
    char[] c = s.toCharArray();
    for (int i = 0; i < c.length; i++) {
      c[i] = Script.simplified(c[i]);
    }
    return new String(c);
  }

  private enum Role { NAME, UNIT, AMOUNT, CHANGE, OTHER }

  /** What each column of a table means, from its titles. */
  private static final class Header {
    final String[] titles;
    final Role[] roles;
    final String[] units;
    final Style style;
    /** The titles of the first and of the last title line (pipes and tabs), for {@link #forCells}. */
    private List<String> firstLine;
    private List<String> lastLine;
    private Header twoLevel;
    /** The unit of a 单位: line, or null. */
    private final String tableUnit;
    /** The unit the name of an earlier row gave in brackets, or null. */
    private String groupUnit;

    private Header(String[] titles, Style style, String tableUnit) {
      this.tableUnit = tableUnit;
      this.titles = titles;
      this.style = style;
      this.roles = new Role[titles.length];
      this.units = new String[titles.length];
      int latestYear = 0;
      for (int k = 0; k < titles.length; k++) {
        String h = titles[k];
        roles[k] = k == 0 && style != Style.BLANK ? Role.NAME : role(h);
        if (roles[k] == Role.AMOUNT) {
          Matcher b = BRACKETED.matcher(h);
          units[k] = b.find() ? b.group(1) : null;
          Matcher y = YEAR.matcher(h);
          if (y.find()) {
            latestYear = Math.max(latestYear, Integer.parseInt(y.group(1)));
          }
        }
      }
      // of two years' columns, the earlier is the year before: no fact of its own
      for (int k = 0; k < titles.length; k++) {
        Matcher y = YEAR.matcher(titles[k]);
        if (roles[k] == Role.AMOUNT && y.find() && Integer.parseInt(y.group(1)) < latestYear) {
          roles[k] = Role.OTHER;
        }
      }
    }

    static Header of(List<Line> lines, char[] folded, List<Line> all, int first) {
      String tableUnit = null;
      List<String> titles = new ArrayList<>();
      List<String> firstLine = null;
      List<String> lastLine = null;
      for (Line line : lines) {
        if (line.cells.size() == 1 || isGroupLine(line)) {
          // 单位:万元 for the whole table; a group's name (商业) says nothing of the columns; a lone
          // title is a piece of a title row a converter broke (1-4月 累计 |)
          String h = normalize(line.cells.get(0).text);
          String u = unitOf(h);
          if (u != null) {
            tableUnit = u;
          } else if (line.cells.size() == 1 || CHANGE_PIECE.matcher(h).matches() && !titles.isEmpty()) {
            titles.add(h); // | 增长% | ||| under | 6月 | 1-6月累计 | 累计 | |: the rest of a broken title
          }
          continue;
        }
        List<String> lineTitles = new ArrayList<>();
        for (Cell c : line.cells) {
          if (!c.text.isEmpty()) {
            String h = normalize(c.text);
            String u = unitOf(h);
            if (u != null && line.style == Style.BLANK) {
              tableUnit = u;
            } else {
              titles.add(h);
              lineTitles.add(h);
            }
          }
        }
        firstLine = firstLine == null ? lineTitles : firstLine;
        lastLine = lineTitles;
      }
      // a 单位:万元 line right above the titles, outside the run of title lines
      if (tableUnit == null && first > 0) {
        Line above = all.get(first - 1);
        if (above.end + 1 == lines.get(0).start) {
          for (Cell c : above.cells) {
            tableUnit = tableUnit != null ? tableUnit : unitOf(normalize(c.text));
          }
        }
      }
      // a unit a converter put on a line of its own ((亿元) under 营业收入) ends the title before it
      for (int k = titles.size() - 1; k > 0; k--) {
        if (LONE_UNIT.matcher(titles.get(k)).matches()) {
          titles.set(k - 1, titles.get(k - 1) + titles.remove(k));
        }
      }
      // a converter that broke 累计增长% into 累计 | and 增长% | leaves one title too many: join them
      for (int k = titles.size() - 1; k > 0; k--) {
        if (CHANGE_PIECE.matcher(titles.get(k)).matches() && role(titles.get(k - 1)) == Role.AMOUNT
            && titles.get(k - 1).contains("累计")) {
          titles.set(k - 1, titles.get(k - 1) + titles.remove(k));
        }
      }
      Header header = new Header(titles.toArray(String[]::new), lines.get(lines.size() - 1).style, tableUnit);
      header.firstLine = firstLine;
      header.lastLine = lastLine;
      return header;
    }

    /**
     * The header for a row of n cells. Two title rows where the second subdivides the groups of the
     * first (| 指标 | 单位 | 北京市 | 西城区 | over | 本期 | ±% | 本期 | ±% |) give more titles than
     * cells: the row is read under the first row's leading titles and the second row's.
     */
    Header forCells(int n) {
      if (style == Style.BLANK || titles.length <= n || firstLine == null || lastLine == firstLine
          || lastLine.size() >= n || firstLine.size() < n - lastLine.size()) {
        return this;
      }
      if (twoLevel == null || twoLevel.titles.length != n) {
        List<String> combined = new ArrayList<>(firstLine.subList(0, n - lastLine.size()));
        combined.addAll(lastLine);
        twoLevel = new Header(combined.toArray(String[]::new), style, tableUnit);
      }
      return twoLevel;
    }

    private static Role role(String h) {
      if (h.contains("单位") && h.length() <= 5) {
        return Role.UNIT;
      }
      boolean percent = h.contains("%") || h.contains("‰") || h.contains("增幅") || h.contains("增速") || h.contains("增长率");
      boolean changeWord = h.contains("增长") || h.contains("增减") || h.contains("增幅") || h.contains("增速")
          || h.contains("比上年") || h.contains("比去年") || h.contains("同比") || h.contains("比增") || h.contains("±")
          || h.contains("下降") || h.contains("上升");
      boolean difference = h.contains("增减额") || h.contains("增加额") || h.contains("增长额") || h.contains("增减量")
          || h.contains("增量") || h.contains("百分点") || h.contains("绝对额");
      if (difference) {
        return Role.OTHER;
      }
      if (changeWord && percent) {
        return Role.CHANGE;
      }
      if (changeWord || percent || h.contains("结构") || h.contains("比重") || h.contains("占") || h.contains("构成")
          || h.contains("比例") || h.contains("上年") || h.contains("去年") || h.contains("同期") || h.contains("上期")
          || h.contains("排名") || h.contains("位次") || h.contains("备注") || h.contains("名称") || h.equals("指标")
          || h.equals("项目")) {
        return Role.OTHER;
      }
      return Role.AMOUNT;
    }

    /** Types the amount and change cells of one row into {@code out}; true when one was typed. */
    boolean typeRow(Line row, String text, QuantityScanner scanner, List<Quantity> out) {
      int n = cellCount(row); // empty cells at the end (地区生产总值 | % | 10.3 | |||) are the page's layout
      // blanks, or a header whose name column has no title: titles from the right, the cells left of
      // the first title belonging to the name (Total Revenue)
      int offset = style == Style.BLANK || titles.length == n - 1 ? titles.length - n : 0;
      if (style != Style.BLANK && n > titles.length + 1) {
        return false; // more cells than titles: the header was not read right
      }
      String rowUnit = null;
      for (int k = 1; k < n; k++) {
        if (k + offset >= 0 && roles[k + offset] == Role.UNIT) {
          rowUnit = row.cells.get(k).text;
        }
      }
      // a unit in the name's brackets (本地生产总值(亿元)) holds for the rows below it too
      Matcher named = BRACKETED.matcher(normalize(row.cells.get(0).text));
      if (named.find() && figure(scanner, "1" + named.group(1), row.cells.get(0), text, false) != null) {
        groupUnit = named.group(1);
      }
      if (rowUnit == null) {
        rowUnit = groupUnit;
      }
      boolean typed = false;
      for (int k = 1; k < n; k++) {
        Cell c = row.cells.get(k);
        Role role = k + offset >= 0 ? roles[k + offset] : Role.OTHER;
        if (!c.numeric() || role != Role.AMOUNT && role != Role.CHANGE) {
          continue;
        }
        String digits = c.text.replace(",", "");
        Quantity q = null;
        if (role == Role.AMOUNT) {
          String unit = units[k + offset] != null ? units[k + offset] : rowUnit != null ? rowUnit : tableUnit;
          if (unit != null && !unit.equals("%") && !digits.startsWith("-")) {
            q = figure(scanner, digits.replace("+", "") + unit, c, text, false);
            q = q != null && (q.type() == QuantityType.MONEY || q.type() == QuantityType.MEASURE) ? q : null;
          }
        } else {
          boolean negative = digits.startsWith("-");
          q = figure(scanner, digits.replace("-", "").replace("+", "") + "%", c, text, negative);
          q = q != null && q.type() == QuantityType.PERCENT ? q : null;
        }
        if (q != null) {
          out.add(q);
          typed = true;
        }
      }
      return typed;
    }

    /** The figure {@code written} reads as, placed on the cell. */
    private static Quantity figure(QuantityScanner scanner, String written, Cell c, String text, boolean negative) {
      for (Quantity q : scanner.scan(written)) {
        if (q.start() == 0 && q.end() == written.length() && q.number() != null && q.type() != QuantityType.NUMBER) {
          double sign = negative ? -1 : 1;
          return new Quantity(q.type(), c.start, c.end, text.substring(c.start, c.end), sign * q.number(), q.unit(),
              q.base() == null ? null : sign * q.base(), q.baseUnit(), null, false, null, null);
        }
      }
      return null;
    }
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
