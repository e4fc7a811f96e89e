package io.reportrules.internal.engine;

import io.reportrules.internal.engine.Tables.Cell;
import io.reportrules.internal.engine.Tables.Line;
import io.reportrules.internal.engine.Tables.Style;
import io.reportrules.quantity.Quantity;
import io.reportrules.quantity.QuantityScanner;
import io.reportrules.quantity.QuantityType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * What each column of a statistical table means, from its titles (see {@link Tables}): the name,
 * a unit column, amounts in a unit, changes in percent, or columns that are no fact (the year
 * before, differences, shares); and the typing of a row's cells by them.
 */
final class TableHeader {
  enum Role { NAME, UNIT, AMOUNT, CHANGE, OTHER }

  final String[] titles;
  final Role[] roles;
  final String[] units;
  final Style style;
  /** The titles of the first and of the last title line (pipes and tabs), for {@link #forCells}. */
  private List<String> firstLine;
  private List<String> lastLine;
  private TableHeader twoLevel;
  /** The unit of a 单位: line, or null. */
  private final String tableUnit;
  /** The unit the name of an earlier row gave in brackets, or null. */
  private String groupUnit;

  private TableHeader(String[] titles, Style style, String tableUnit) {
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
        Matcher b = Tables.BRACKETED.matcher(h);
        units[k] = b.find() ? b.group(1) : null;
        Matcher y = Tables.YEAR.matcher(h);
        if (y.find()) {
          latestYear = Math.max(latestYear, Integer.parseInt(y.group(1)));
        }
      }
    }
    // of two years' columns, the earlier is the year before: no fact of its own
    for (int k = 0; k < titles.length; k++) {
      Matcher y = Tables.YEAR.matcher(titles[k]);
      if (roles[k] == Role.AMOUNT && y.find() && Integer.parseInt(y.group(1)) < latestYear) {
        roles[k] = Role.OTHER;
      }
    }
  }

  static TableHeader of(List<Line> lines, List<Line> all, int first) {
    String tableUnit = null;
    List<String> titles = new ArrayList<>();
    List<String> firstLine = null;
    List<String> lastLine = null;
    for (Line line : lines) {
      if (line.cells().size() == 1 || Tables.isGroupLine(line)) {
        // 单位:万元 for the whole table; a group's name (商业) says nothing of the columns; a lone
        // title is a piece of a title row a converter broke (1-4月 累计 |)
        String h = Tables.normalize(line.cells().get(0).text());
        String u = Tables.unitOf(h);
        if (u != null) {
          tableUnit = u;
        } else if (line.cells().size() == 1 || Tables.CHANGE_PIECE.matcher(h).matches() && !titles.isEmpty()) {
          titles.add(h); // | 增长% | ||| under | 6月 | 1-6月累计 | 累计 | |: the rest of a broken title
        }
        continue;
      }
      List<String> lineTitles = new ArrayList<>();
      for (Cell c : line.cells()) {
        if (!c.text().isEmpty()) {
          String h = Tables.normalize(c.text());
          String u = Tables.unitOf(h);
          if (u != null && line.style() == Style.BLANK) {
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
      if (above.end() + 1 == lines.get(0).start()) {
        for (Cell c : above.cells()) {
          tableUnit = tableUnit != null ? tableUnit : Tables.unitOf(Tables.normalize(c.text()));
        }
      }
    }
    // a unit a converter put on a line of its own ((亿元) under 营业收入) ends the title before it
    joinPieces(titles, (before, piece) -> Tables.LONE_UNIT.matcher(piece).matches());
    // a converter that broke 累计增长% into 累计 | and 增长% | leaves one title too many
    joinPieces(titles, (before, piece) -> Tables.CHANGE_PIECE.matcher(piece).matches()
        && role(before) == Role.AMOUNT && before.contains("累计"));
    TableHeader header = new TableHeader(titles.toArray(String[]::new), lines.get(lines.size() - 1).style(), tableUnit);
    header.firstLine = firstLine;
    header.lastLine = lastLine;
    return header;
  }

  /** Appends each title that {@code isPiece} of the one before it to that one, from the last. */
  private static void joinPieces(List<String> titles, java.util.function.BiPredicate<String, String> isPiece) {
    for (int k = titles.size() - 1; k > 0; k--) {
      if (isPiece.test(titles.get(k - 1), titles.get(k))) {
        titles.set(k - 1, titles.get(k - 1) + titles.remove(k));
      }
    }
  }

  /**
   * The header for a row of n cells. Two title rows where the second subdivides the groups of the
   * first (| 指标 | 单位 | 北京市 | 西城区 | over | 本期 | ±% | 本期 | ±% |) give more titles than
   * cells: the row is read under the first row's leading titles and the second row's.
   */
  TableHeader forCells(int n) {
    if (style == Style.BLANK || titles.length <= n || firstLine == null || lastLine == firstLine
        || lastLine.size() >= n || firstLine.size() < n - lastLine.size()) {
      return this;
    }
    if (twoLevel == null || twoLevel.titles.length != n) {
      List<String> combined = new ArrayList<>(firstLine.subList(0, n - lastLine.size()));
      combined.addAll(lastLine);
      twoLevel = new TableHeader(combined.toArray(String[]::new), style, tableUnit);
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

  /**
   * Types the amount and change cells of one row into {@code out}; true when one was typed. The
   * row's first n cells count ({@link Tables#cellCount}: not the empty ones a layout leaves at its end).
   */
  boolean typeRow(Line row, int n, String text, QuantityScanner scanner, List<Quantity> out) {
    // blanks, or a header whose name column has no title: titles from the right, the cells left of
    // the first title belonging to the name (Total Revenue)
    int offset = style == Style.BLANK || titles.length == n - 1 ? titles.length - n : 0;
    if (style != Style.BLANK && n > titles.length + 1) {
      return false; // more cells than titles: the header was not read right
    }
    String rowUnit = null;
    for (int k = 1; k < n; k++) {
      if (roleAt(k + offset) == Role.UNIT) {
        rowUnit = row.cells().get(k).text();
      }
    }
    // a unit in the name's brackets (本地生产总值(亿元)) holds for the rows below it too
    Matcher named = Tables.BRACKETED.matcher(Tables.normalize(row.cells().get(0).text()));
    if (named.find() && figure(scanner, "1", named.group(1), row.cells().get(0), text) != null) {
      groupUnit = named.group(1);
    }
    if (rowUnit == null) {
      rowUnit = groupUnit;
    }
    boolean typed = false;
    for (int k = 1; k < n; k++) {
      Cell c = row.cells().get(k);
      Role role = roleAt(k + offset);
      if (!c.numeric() || role != Role.AMOUNT && role != Role.CHANGE) {
        continue;
      }
      String digits = c.text().replace(",", "");
      Quantity q = null;
      if (role == Role.AMOUNT) {
        String unit = units[k + offset] != null ? units[k + offset] : rowUnit != null ? rowUnit : tableUnit;
        if (unit != null && !unit.equals("%") && !digits.startsWith("-")) {
          q = figure(scanner, digits, unit, c, text);
          q = q != null && (q.type() == QuantityType.MONEY || q.type() == QuantityType.MEASURE) ? q : null;
        }
      } else {
        q = figure(scanner, digits, "%", c, text);
        q = q != null && q.type() == QuantityType.PERCENT ? q : null;
      }
      if (q != null) {
        out.add(q);
        typed = true;
      }
    }
    return typed;
  }

  /** The role of title k; a cell left of the first title belongs to the name. */
  private Role roleAt(int k) {
    return k >= 0 ? roles[k] : Role.OTHER;
  }

  /** The figure a signed number ({@code -3.9}) in {@code unit} reads as, placed on the cell. */
  private static Quantity figure(QuantityScanner scanner, String number, String unit, Cell c, String text) {
    boolean negative = number.startsWith("-");
    String written = number.replace("-", "").replace("+", "") + unit;
    for (Quantity q : scanner.scan(written)) {
      if (q.start() == 0 && q.end() == written.length() && q.number() != null && q.type() != QuantityType.NUMBER) {
        double sign = negative ? -1 : 1;
        return new Quantity(q.type(), c.start(), c.end(), text.substring(c.start(), c.end()), sign * q.number(), q.unit(),
            q.base() == null ? null : sign * q.base(), q.baseUnit(), null, false, null, null);
      }
    }
    return null;
  }
}
