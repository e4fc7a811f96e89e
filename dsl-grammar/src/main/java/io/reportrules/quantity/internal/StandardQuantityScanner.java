package io.reportrules.quantity.internal;

import io.reportrules.quantity.Bound;
import io.reportrules.quantity.Quantity;
import io.reportrules.quantity.QuantityScanner;
import io.reportrules.quantity.QuantityType;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The standard figure scanner: one left-to-right pass; at each number (Arabic, full-width,
 * Chinese numerals, or a placeholder such as xx) it reads bound words, a multiplier (万, 亿 …) and
 * a unit, and reports the figure under every type it can be read as. Each position is read a
 * bounded number of times, so work is linear in the text length.
 *
 * <p>Chinese numerals count only when a unit follows (三千万元, 两个百分点) or they are preceded by
 * 百分之: that keeps 一是, 三农, 第一产业 and 一些 out.
 */
public final class StandardQuantityScanner implements QuantityScanner {
  public static final StandardQuantityScanner INSTANCE = new StandardQuantityScanner(UnitLexicon.standard());

  /** Longest digit run read as a number; longer runs are identifiers, not figures. */
  static final int MAX_DIGITS = 30;

  private static final String[] CURRENCIES = {"元人民币", "人民币", "美元", "美圆", "欧元", "港元", "港币", "日元", "英镑",
      "澳门元", "新台币", "台币", "新加坡元", "韩元", "澳元", "加元", "瑞士法郎", "卢布", "卢比", "泰铢", "元", "圆"};
  /**
   * Currencies named before an amount in 元 ("港币100万元", "新台币 177.1亿元"): the amount is in
   * that currency. 人民币 before 元 changes nothing.
   */
  private static final String[] CURRENCIES_BEFORE = {"港币", "港元", "新台币", "台币", "澳门元", "美元", "欧元", "日元", "英镑"};
  /** First characters of the currencies: most units are not one, and cost one lookup. */
  private static final java.util.BitSet CURRENCY_FIRST = new java.util.BitSet();

  static {
    for (String c : CURRENCIES) {
      CURRENCY_FIRST.set(c.charAt(0));
    }
  }

  private static final String[] MULTIPLIERS = {"万亿", "千万", "百万", "亿", "万", "千", "百"};
  private static final String[] LOWER_PREFIX = {"不低于", "不少于", "超过", "首超", "突破", "超", "逾"};
  private static final String[] UPPER_PREFIX = {"不超过", "不到", "不足", "低于", "接近", "将近", "近"};
  private static final String[] ABOUT_PREFIX = {"大约", "约"};

  /** True when a figure's text opens with a bound word read before its number (超过3亿元, 近200万元, 约5亿元). */
  public static boolean startsWithBoundWord(String figureText) {
    for (String[] words : new String[][] {LOWER_PREFIX, UPPER_PREFIX, ABOUT_PREFIX}) {
      for (String w : words) {
        if (figureText.startsWith(w)) {
          return true;
        }
      }
    }
    return false;
  }
  /** Characters before 约 in words that end in it (签约, 节约, 合约 …): there 约 is no "about". */
  private static final String ENDS_IN_YUE = "签合制节预履违特集公条契邀相";
  private static final String RANGE_LINKS = "到至-—~";

  private final UnitLexicon units;

  public StandardQuantityScanner(UnitLexicon units) {
    this.units = units;
  }

  /** The standard scanner with extra units from a file in the units.txt format. */
  public static StandardQuantityScanner withUnits(Reader extraUnits, String source) throws IOException {
    return new StandardQuantityScanner(UnitLexicon.standard().load(extraUnits, source));
  }

  /** A number as read at a position, before its unit. */
  private record Num(int start, int end, BigDecimal value, boolean masked, boolean chinese) {}

  @Override
  public List<Quantity> scan(CharSequence source) {
    String text = source.toString();
    char[] t = fold(text);
    List<Quantity> out = new ArrayList<>();
    int i = 0;
    boolean[] mayStart = MAY_START;
    while (i < t.length) {
      if (!mayStart[t[i]]) {
        i++; // most of a report is prose: one table lookup per character that starts nothing
        continue;
      }
      int period = periodEnd(t, i);
      if (period > i) {
        add(out, text, QuantityType.PERIOD, i, period, null, null, null, null, null, false, null, null);
        i = period;
        continue;
      }
      Figure approx = approximateRange(t, i);
      if (approx != null) {
        emit(text, t, approx, out);
        i = approx.end;
        continue;
      }
      Figure f = figureAt(t, i);
      if (f == null) {
        i = skip(t, i);
        continue;
      }
      emit(text, t, f, out);
      Figure range = rangeAfter(t, f);
      if (range != null) {
        emit(text, t, range, out);
      }
      i = Math.max(i + 1, f.numEnd);
    }
    sharedUnits(text, t, out);
    droppedPercents(text, t, out);
    out.sort(TOKEN_ORDER);
    return dedupe(out);
  }

  /**
   * Numbers of a list that share the unit written after its last item ("分别提高6.3个、2.8个百分点",
   * "分别下降5、3个百分点", "0.5个、1.2个和2个百分点", "分别达到4895和2608亿元", "增长1.3和1.4倍"): each
   * such number is a figure of that unit too. Only percents, points, multiples and money, and only
   * after a Han character or another item, so that a list number ("1、20%的企业") stays a number.
   */
  private static void sharedUnits(String text, char[] t, List<Quantity> out) {
    java.util.Map<Integer, Quantity> rateAt = new java.util.HashMap<>();
    List<Quantity> numbers = new ArrayList<>();
    for (Quantity q : out) {
      if ((q.type() == QuantityType.PERCENT || q.type() == QuantityType.POINTS || q.type() == QuantityType.MULTIPLE
          || q.type() == QuantityType.MONEY)
          && !q.masked() && q.number() != null && isDigit(t[q.start()])) {
        rateAt.putIfAbsent(q.start(), q);
      } else if (q.type() == QuantityType.NUMBER && !q.masked() && q.number() != null && isDigit(t[q.start()])
          && isDigit(t[q.end() - 1]) // digits only: 8.56万亿 has its multiplier already
          && q.start() > 0 && (Character.isIdeographic(t[q.start() - 1]) || t[q.start() - 1] == '、')) {
        numbers.add(q);
      }
    }
    if (rateAt.isEmpty() || numbers.isEmpty()) {
      return;
    }
    numbers.sort(Comparator.comparingInt(Quantity::start).reversed()); // the last item first: lists chain leftwards
    for (Quantity q : numbers) {
      int e = q.end();
      boolean ge = e < t.length && t[e] == '个';
      int link = ge ? e + 1 : e;
      if (link + 1 >= t.length || t[link] != '、' && t[link] != '和') {
        continue;
      }
      Quantity next = rateAt.get(link + 1);
      if (next == null || ge && (next.type() != QuantityType.POINTS || !holds(t, next.start(), next.end(), '个'))) {
        continue;
      }
      Quantity shared = new Quantity(next.type(), q.start(), ge ? e + 1 : e, text.substring(q.start(), ge ? e + 1 : e),
          q.number(), next.unit(), sharedBase(q.number(), next), next.baseUnit(), null, false, null, null);
      out.add(shared);
      rateAt.putIfAbsent(q.start(), shared);
    }
  }

  /** Characters a change word ends with: 增长, 下降, 增加, 提高, 减少, 降低, 上升, 比增, 回落, 增幅, 增速, 上涨. */
  private static final String CHANGE_WORD_ENDS = "长降加高少低升增落幅速涨减";
  private static final String CLAUSE_MARKS = ",;。、和)(\n\r";

  /**
   * In a document without a single percent sign, a bare number right after a change word and
   * before a clause mark is a percent whose sign the copy lost ("比上年增长 12.5,", "分别增长 21 和
   * 9.4"): it is a PERCENT figure too (its NUMBER stays). In documents that write % elsewhere only
   * a decimal right after 增长 or 下降 is read so ("同比增长8.2;"): a count written without its unit
   * is a whole number and is not mistaken for a rate.
   */
  private static void droppedPercents(String text, char[] t, List<Quantity> out) {
    List<Quantity> added = new ArrayList<>();
    int chainEnd = -1; // where the last percent read ended: a list item after 和/、 continues it
    int percentSigns = 0; // 0: not looked for yet, 1: none in the document, 2: some
    for (Quantity q : out) {
      if (q.type() != QuantityType.NUMBER || q.masked() || q.number() == null || !isDigit(t[q.start()])
          || !isDigit(t[q.end() - 1])) {
        continue;
      }
      int before = q.start() - 1;
      while (before >= 0 && (t[before] == ' ' || t[before] == '了')) {
        before--;
      }
      boolean afterChange = before >= 0 && CHANGE_WORD_ENDS.indexOf(t[before]) >= 0;
      boolean listItem = before >= chainEnd && chainEnd >= 0 && (t[before] == '和' || t[before] == '、')
          && blanks(t, chainEnd, before);
      int after = q.end();
      while (after < t.length && t[after] == ' ') {
        after++;
      }
      // a bound word stays with the rate (增长8.5左右)
      Bound bound = suffixBoundAt(t, after);
      int end = bound == null ? q.end() : after + 2;
      after = bound == null ? after : after + 2;
      if ((afterChange || listItem) && (after >= t.length || CLAUSE_MARKS.indexOf(t[after]) >= 0)) {
        if (percentSigns == 0) {
          percentSigns = holdsPercentSign(t) ? 2 : 1; // looked for once a candidate is found: most documents have none
        }
        if (percentSigns == 2 && !(afterChange && !listItem && holds(t, q.start(), q.end(), '.') && increaseOrDeclineEndsAt(t, before))) {
          continue;
        }
        added.add(new Quantity(QuantityType.PERCENT, q.start(), end, text.substring(q.start(), end), q.number(), "%",
            null, null, bound, false, null, null));
        chainEnd = end;
      }
    }
    out.addAll(added);
  }

  /** True when 增长 or 下降 ends at {@code last}. */
  private static boolean increaseOrDeclineEndsAt(char[] t, int last) {
    return last >= 1 && (t[last] == '长' && t[last - 1] == '增' || t[last] == '降' && t[last - 1] == '下');
  }

  private static boolean holdsPercentSign(char[] t) {
    for (char c : t) {
      if (c == '%' || c == '‰') {
        return true;
      }
    }
    return false;
  }

  private static boolean blanks(char[] t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t[k] != ' ') {
        return false;
      }
    }
    return true;
  }

  /** The base of {@code number} in the unit of {@code next}: its multiplier (亿元 → 1e8) applied; null without a base. */
  private static Double sharedBase(double number, Quantity next) {
    if (next.base() == null || next.number() == null || next.number() == 0) {
      return null;
    }
    BigDecimal multiplier = BigDecimal.valueOf(next.base())
        .divide(BigDecimal.valueOf(next.number()), java.math.MathContext.DECIMAL64);
    return BigDecimal.valueOf(number).multiply(multiplier).doubleValue();
  }

  /** True when c stands in [from, to) of the folded text (個 folds to 个). */
  private static boolean holds(char[] t, int from, int to, char c) {
    for (int k = from; k < to; k++) {
      if (t[k] == c) {
        return true;
      }
    }
    return false;
  }

  /** By start, the longest first, then by type: one comparator, called for every pair sorted. */
  private static final Comparator<Quantity> TOKEN_ORDER = (x, y) -> {
    int c = Integer.compare(x.start(), y.start());
    if (c == 0) {
      c = Integer.compare(y.length(), x.length());
    }
    return c != 0 ? c : Integer.compare(x.type().ordinal(), y.type().ordinal());
  };

  private static final String[] PERIOD_WORDS = {
    "上半年", "下半年", "前三季度", "前两季度", "第一季度", "第二季度", "第三季度", "第四季度",
    "一季度", "二季度", "三季度", "四季度", "“十四五”", "“十三五”", "“十二五”", "十四五", "十三五", "十二五", "十五五"};

  /**
   * Characters at which the scan can find something: a period word's first character, a digit, a
   * mask, a Latin letter (skipped as a word), a Chinese numeral or 翻 (翻番). Any other character
   * starts nothing, which the scan loop checks first, once per character of every document.
   */
  private static final boolean[] MAY_START = new boolean[0x10000];
  private static final java.util.BitSet PERIOD_FIRST = new java.util.BitSet(65536);
  /** Second characters of the period words: 一 before 季 may start one, 一 before 批 not. */
  private static final java.util.BitSet PERIOD_SECOND = new java.util.BitSet(65536);

  static {
    for (String w : PERIOD_WORDS) {
      MAY_START[w.charAt(0)] = true;
      PERIOD_FIRST.set(w.charAt(0));
      PERIOD_SECOND.set(w.charAt(1));
    }
    for (int c = 0; c < 0x10000; c++) {
      char ch = (char) c;
      if (isDigit(ch) || isMask(ch) || isLatin(ch) || ChineseNumerals.isNumeralChar(ch) || ch == '翻') {
        MAY_START[c] = true;
      }
    }
  }

  /**
   * End of a period starting at i (上半年, 一季度, “十四五”, 1-10月, 1至10月), or -1. Periods are read
   * before figures so that 十四五 is never a number.
   */
  private static int periodEnd(char[] t, int i) {
    if (PERIOD_FIRST.get(t[i]) && i + 1 < t.length && PERIOD_SECOND.get(t[i + 1])) {
      for (String w : PERIOD_WORDS) {
        if (startsWith(t, i, w)) {
          return i + w.length();
        }
      }
    }
    if (isDigit(t[i]) && (i == 0 || !isDigit(t[i - 1]))) {
      int j = i;
      while (j < t.length && isDigit(t[j]) && j - i < 2) {
        j++;
      }
      if (j < t.length && (t[j] == '-' || t[j] == '至' || t[j] == '—' || t[j] == '~')) {
        int k = j + 1;
        while (k < t.length && isDigit(t[k]) && k - j <= 2) {
          k++;
        }
        if (k > j + 1 && k < t.length && t[k] == '月') {
          return k + 1;
        }
      }
    }
    return -1;
  }

  /** Past a run that starts no figure here: whole Latin words and digit runs glued to them. */
  private static int skip(char[] t, int i) {
    if (isLatin(t[i]) && acronymAt(t, i)) {
      int j = i;
      while (j < t.length && isLatin(t[j])) {
        j++;
      }
      return j;
    }
    if (isLatin(t[i]) || (isDigit(t[i]) && i > 0 && isLatin(t[i - 1]) && !acronymBefore(t, i))) {
      int j = i;
      while (j < t.length && (isLatin(t[j]) || isDigit(t[j]))) {
        j++;
      }
      return j;
    }
    if (isDigit(t[i])) {
      int j = i;
      while (j < t.length && isDigit(t[j])) {
        j++;
      }
      return j;
    }
    return i + 1;
  }

  /** A figure read at i: its number, multiplier, unit, type and bounds. */
  private static final class Figure {
    QuantityType type;
    int start;
    int prefixStart;
    Bound prefixBound;
    int numEnd;
    int end;
    BigDecimal number;
    BigDecimal multiplier = BigDecimal.ONE;
    String multiplierText = "";
    String unit;
    BigDecimal baseFactor = BigDecimal.ONE;
    String baseUnit;
    Bound bound;
    boolean masked;
    boolean chinese;
    BigDecimal low;
    BigDecimal high;
  }

  private Figure figureAt(char[] t, int i) {
    if (t[i] == '翻') {
      return doubling(t, i);
    }
    boolean percentWord = startsWith(t, i, "百分之") || startsWith(t, i, "千分之");
    if (percentWord) {
      Num n = readNumber(t, i + 3);
      if (n == null) {
        return null;
      }
      Figure f = new Figure();
      f.type = QuantityType.PERCENT;
      f.start = i;
      f.numEnd = n.end;
      f.end = n.end;
      f.number = n.value;
      f.masked = n.masked;
      f.unit = t[i] == '百' ? "%" : "‰";
      finishBounds(t, f);
      return f;
    }
    if (i > 0 && (isDigit(t[i - 1]) || t[i - 1] == '.' || (isLatin(t[i - 1]) && !acronymBefore(t, i)) || (ChineseNumerals.isNumeralChar(t[i - 1]) && ChineseNumerals.isNumeralChar(t[i])))) {
      return null;
    }
    Num n = readNumber(t, i);
    if (n == null) {
      return null;
    }
    Figure f = new Figure();
    f.start = i;
    f.numEnd = n.end;
    f.number = n.value;
    f.masked = n.masked;
    f.chinese = n.chinese;
    int p = n.end;
    if (!n.chinese) {
      // "206 亿元", "12.4 %", "4700 吨", "1.5 倍", "2015 年": a blank or two left by a converter between
      // the digits and their unit
      int q = Blanks.past(t, p, t.length);
      if (q > p && q < t.length && (t[q] == '万' || t[q] == '亿' || t[q] == '元' || t[q] == '%' || t[q] == '‰' || startsWith(t, q, "美元")
          || startsWith(t, q, "个百分点") || t[q] == '倍' || t[q] == '年' && n.end - n.start == 4 || units.match(t, q) != null)) {
        p = q;
      }
    }
    if (n.chinese) {
      // 三千万元: the trailing 万 belongs to the unit when nothing larger stands before it
      // (四十九兆九千五百九十二亿元 is 49兆 and 9592亿, all of it one numeral in 元).
      String s = new String(t, n.start, n.end - n.start);
      for (String m : new String[] {"万亿", "亿", "万"}) {
        if (!s.endsWith(m)) {
          continue;
        }
        String rest = s.substring(0, s.length() - m.length());
        BigDecimal value;
        if (rest.isEmpty()) {
          // 突破万亿元, 过亿元: readNumber takes a lone 万亿 or 亿 only where it is one (before a
          // currency; 亿 after a word it is passed with, see loneYiAt), and never a lone 万
          value = BigDecimal.ONE;
        } else {
          value = rest.contains("万") || rest.contains("亿") || rest.contains("兆") ? null : ChineseNumerals.parse(rest);
        }
        if (value != null) {
          f.number = value;
          f.multiplierText = m;
          f.multiplier = multiplierValue(m);
          break;
        }
      }
    }
    if (startsWith(t, p, "余") || startsWith(t, p, "多")) {
      f.bound = Bound.LOWER;
      p++;
    }
    if (f.multiplierText.isEmpty() && startsWith(t, p, "个亿") && !startsWith(t, p + 2, "元")) {
      p++; // "突破200个亿", "10多个亿": 个 in the spoken way of counting 亿 ("200个亿元级项目" counts projects)
    }
    if (f.multiplierText.isEmpty() && !startsWith(t, p, "百分点")) {
      UnitLexicon.Unit unitHere = units.match(t, p);
      for (String m : MULTIPLIERS) {
        if (unitHere != null && unitHere.written().startsWith(m)) {
          break; // 千瓦, 千米, 万吨: the unit itself starts with the multiplier's character
        }
        if (startsWith(t, p, m) && !(n.chinese && (m.equals("千") || m.equals("百")))) {
          f.multiplierText = m;
          f.multiplier = multiplierValue(m);
          p += m.length();
          if (!n.masked) {
            p = lowerPart(t, p, f);
          }
          break;
        }
      }
      if (f.multiplierText.isEmpty() && startsWith(t, p, "兆") && yuanOrDollarAt(t, p + 1)) {
        // Taiwan's 兆 is 万亿 in money (4.2兆元); before other units it is mega (兆瓦), not taken here
        f.multiplierText = "兆";
        f.multiplier = multiplierValue("兆");
        p++;
      }
      if (!f.multiplierText.isEmpty() && (startsWith(t, p, "余") || startsWith(t, p, "多"))) {
        f.bound = Bound.LOWER;
        p++;
      }
    }
    f.numEnd = f.multiplierText.isEmpty() && f.bound == null ? n.end : p;
    if (!readUnit(t, p, f) && !currencySymbol(t, f, p) && !(f.multiplierText.length() > 0 && readSpacedCurrency(t, p, f))) {
      if (n.chinese && f.multiplierText.isEmpty()) {
        return null;
      }
      if (n.masked && f.multiplierText.isEmpty()) {
        return null;
      }
      f.end = p;
      f.type = f.multiplierText.equals("万") || f.multiplierText.equals("亿") || f.multiplierText.equals("万亿")
          || f.multiplierText.equals("千万") || f.multiplierText.equals("百万")
          ? QuantityType.BARE_MONEY : QuantityType.NUMBER;
      if (f.type == QuantityType.BARE_MONEY) {
        f.unit = f.multiplierText;
        f.baseUnit = "元";
      }
    }
    finishBounds(t, f);
    return f;
  }

  /**
   * 三四万吨, 五六十家: two neighbouring digits read as "three or four", a RANGE, when a unit follows.
   */
  private Figure approximateRange(char[] t, int i) {
    if (i + 2 >= t.length) {
      return null;
    }
    int a = ChineseNumerals.digit(t[i]);
    int b = a <= 0 ? -1 : ChineseNumerals.digit(t[i + 1]);
    if (a <= 0 || b != a + 1 || (i > 0 && ChineseNumerals.isNumeralChar(t[i - 1]))) {
      return null;
    }
    int p = i + 2;
    BigDecimal scale = BigDecimal.ONE;
    int power = ChineseNumerals.unitPower(t[p]);
    if (power >= 1 && power <= 3) {
      scale = BigDecimal.TEN.pow(power);
      p++;
    }
    Figure f = new Figure();
    f.start = i;
    f.prefixStart = i;
    f.chinese = true;
    for (String m : new String[] {"万亿", "亿", "万"}) {
      if (startsWith(t, p, m)) {
        f.multiplierText = m;
        f.multiplier = multiplierValue(m);
        p += m.length();
        break;
      }
    }
    f.numEnd = p;
    f.number = BigDecimal.valueOf(b).multiply(scale);
    if (!readUnit(t, p, f) || f.type == QuantityType.YEAR) {
      return null;
    }
    f.low = BigDecimal.valueOf(a).multiply(scale);
    f.high = f.number;
    f.type = QuantityType.RANGE;
    return f;
  }

  /** 翻番 / 翻一番 / 翻了一番 = 1, 翻两番 = 3: the increase as a multiple of the start value. */
  private static Figure doubling(char[] t, int i) {
    int j = i + 1;
    if (j < t.length && t[j] == '了') {
      j++;
    }
    int times = 1;
    if (j < t.length && ChineseNumerals.digit(t[j]) > 0) {
      times = ChineseNumerals.digit(t[j]);
      j++;
    }
    if (j >= t.length || t[j] != '番' || times > 10) {
      return null;
    }
    Figure f = new Figure();
    f.type = QuantityType.MULTIPLE;
    f.start = i;
    f.prefixStart = i;
    f.numEnd = j + 1;
    f.end = j + 1;
    f.unit = "倍";
    f.number = BigDecimal.valueOf((1L << times) - 1);
    // 翻了一番以上, 翻一番多, 翻了一番还多: more than doubled, a lower bound as after 倍
    int e = j + 1;
    int more = startsWith(t, e, "以上") ? 2 : startsWith(t, e, "还多") ? 2 : startsWith(t, e, "多") ? 1 : 0;
    if (more > 0 && (e + more == t.length || !Character.isIdeographic(t[e + more]) || more == 2 && t[e] == '以')) {
      f.bound = Bound.LOWER;
      f.end = e + more;
    }
    return f;
  }

  /** The currency a written one is counted in: 港币 in 港元, 台币 in 新台币, 人民币 and 圆 in 元, 美圆 in 美元. */
  private static String baseCurrency(String c) {
    return c.equals("港币") ? "港元" : c.endsWith("人民币") || c.equals("圆") ? "元" : c.equals("美圆") ? "美元"
        : c.equals("台币") ? "新台币" : c;
  }

  /** The currency named right before an amount starting at {@code start} (blanks between), else 元. */
  private static String currencyBefore(char[] t, int start) {
    int e = start;
    while (e > 0 && start - e < Blanks.MAX && Blanks.isBlank(t[e - 1])) {
      e--;
    }
    for (String c : CURRENCIES_BEFORE) {
      if (e >= c.length() && startsWith(t, e - c.length(), c)) {
        return baseCurrency(c);
      }
    }
    return "元";
  }

  /** What follows 元 in words such as 二元结构, 一元化, 三元里: 元 there is no currency. */
  private static final String[] AFTER_WORD_YUAN = {"结构", "体制", "化", "论", "复始", "里", "素", "分割", "对立", "经济", "次方程"};

  /**
   * True when one Chinese numeral and the 元 at p begin a word (城乡二元结构), not an amount, or
   * name a unit of account after 每 (每百元营业收入中的成本).
   */
  private static boolean isWordOfYuan(char[] t, int p, Figure f) {
    if (!f.chinese || f.numEnd - f.start != 1 || !f.multiplierText.isEmpty()) {
      return false;
    }
    if (f.start > 0 && t[f.start - 1] == '每' && "十百千".indexOf(t[f.start]) >= 0) {
      return true;
    }
    for (String w : AFTER_WORD_YUAN) {
      if (startsWith(t, p + 1, w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "7.9亿 元": a converter's blank between the multiplier and the currency; reads the currency
   * past up to {@value Blanks#MAX} blanks into f. False (f untouched) when no 元 or 美元 stands there.
   */
  private boolean readSpacedCurrency(char[] t, int p, Figure f) {
    int q = Blanks.past(t, p, t.length);
    return q > p && yuanOrDollarAt(t, q) && readUnit(t, q, f);
  }

  /** Words a lone 亿元 is passed after (投资过亿元, 利润均超亿元, 产值上亿元): one 亿, at least. */
  private static final String[] PAST_WORDS = {"超过", "突破", "过", "超", "破", "逾", "上"};

  /**
   * True when a lone 亿 before 元 or 美元 stands at i right after a word it is passed with (过亿元,
   * 突破亿元大关): one 亿. Elsewhere a lone 亿元 classifies (亿元以上项目, 亿元级) and is no figure.
   */
  private static boolean loneYiAt(char[] t, int i) {
    if (t[i] != '亿' || !yuanOrDollarAt(t, i + 1) || i == 0 || ChineseNumerals.isNumeralChar(t[i - 1])) {
      return false;
    }
    for (String w : PAST_WORDS) {
      if (startsWith(t, i - w.length(), w)) {
        return !startsWith(t, i + 1, "元以上") && !startsWith(t, i + 1, "元级");
      }
    }
    return false;
  }

  /** True when 元 or 美元 stands at q: the currencies a bare multiplier (亿, 万亿, 兆) is read before. */
  private static boolean yuanOrDollarAt(char[] t, int q) {
    return q < t.length && (t[q] == '元' || startsWith(t, q, "美元"));
  }

  /** Reads the unit at p into f; false when none stands there. */
  private boolean readUnit(char[] t, int p, Figure f) {
    for (int k = 0; p < t.length && CURRENCY_FIRST.get(t[p]) && k < CURRENCIES.length; k++) {
      String c = CURRENCIES[k];
      if (startsWith(t, p, c)) {
        if (c.equals("元") && isWordOfYuan(t, p, f)) {
          return false;
        }
        f.type = QuantityType.MONEY;
        f.unit = f.multiplierText + c;
        f.baseUnit = baseCurrency(c);
        if (f.baseUnit.equals("元")) {
          f.baseUnit = currencyBefore(t, f.start);
        }
        f.end = p + c.length();
        // 壹仟玖佰圆整: 整 (exactly) closes a formal amount; 整治, 整合 … after an amount start a word
        if (f.end < t.length && t[f.end] == '整' && (f.end + 1 == t.length || !Character.isIdeographic(t[f.end + 1]))) {
          f.end++;
        }
        return true;
      }
    }
    if (!f.multiplierText.isEmpty() && f.number != null
        && (startsWith(t, p, "%") || startsWith(t, p, "个百分点") || startsWith(t, p, "倍"))) {
      // 七十五万个百分点: the multiplier belongs to the number, not to the unit
      f.number = f.number.multiply(f.multiplier);
      f.multiplier = BigDecimal.ONE;
      f.multiplierText = "";
    }
    if (f.multiplierText.isEmpty()) {
      if (startsWith(t, p, "%") || startsWith(t, p, "‰")) {
        f.type = QuantityType.PERCENT;
        f.unit = String.valueOf(t[p]);
        f.end = p + 1;
        if (f.end < t.length && t[f.end] == t[p]) {
          f.end++; // "增长9.1%%": a sign typed twice belongs to the figure, not to what follows
        }
        return true;
      }
      for (String pts : new String[] {"个百分点", "百分点"}) {
        if (startsWith(t, p, pts)) {
          f.type = QuantityType.POINTS;
          f.unit = "个百分点";
          f.end = p + pts.length();
          return true;
        }
      }
      if (t.length > p && t[p] == '成' && tenths(t, p, f)) {
        // 增长三成 = 30 %: 成 is a tenth after one numeral, when a clause or a bound word follows
        f.number = f.number.multiply(BigDecimal.TEN);
        f.type = QuantityType.PERCENT;
        f.unit = "%";
        f.end = p + 1;
        return true;
      }
      if (startsWith(t, p, "倍")) {
        f.type = QuantityType.MULTIPLE;
        f.unit = "倍";
        f.end = p + 1;
        return true;
      }
      if (startsWith(t, p, "年") && isYear(t, f)) {
        f.type = QuantityType.YEAR;
        f.unit = "年";
        f.end = p + 1;
        return true;
      }
    }
    UnitLexicon.Unit u = units.match(t, p);
    boolean wordLike = u != null && f.chinese && f.numEnd - f.start == 1 && u.written().length() == 1;
    if (u != null && !wordLike && !(u.written().equals("个") && startsWith(t, p, "个百分点"))) {
      f.type = QuantityType.MEASURE;
      f.unit = f.multiplierText + u.written();
      f.baseUnit = u.base();
      f.baseFactor = u.factor();
      f.end = p + u.written().length();
      return true;
    }
    return false;
  }

  /** What may follow 三成 read as tenths: a clause's end, a bound (以上, 左右) or a link (和, 的). */
  private static final String AFTER_TENTHS = ",、。;:!?)”’\"\n\r 和与及的";

  /**
   * True when 成 at p is "tenths": after one Chinese numeral (一 … 九, 两, 十) or a whole number
   * from 1 to 10 (9成), and before a clause's
   * end or a bound. 一成不变, 五成员, 三成都 … go on with a word, and 完成, 建成 have no numeral.
   */
  private static boolean tenths(char[] t, int p, Figure f) {
    if (f.masked || f.number == null || f.numEnd != p) {
      return false;
    }
    boolean oneNumeral = f.chinese && f.numEnd - f.start == 1;
    // or a whole Arabic count of tenths, 1 to 10 (9成)
    boolean arabic = !f.chinese && f.numEnd - f.start <= 2 && f.number.scale() <= 0
        && f.number.compareTo(BigDecimal.ONE) >= 0 && f.number.compareTo(BigDecimal.TEN) <= 0;
    if (!oneNumeral && !arabic) {
      return false;
    }
    int q = p + 1;
    return q == t.length || AFTER_TENTHS.indexOf(t[q]) >= 0 || startsWith(t, q, "以上") || startsWith(t, q, "以下")
        || startsWith(t, q, "以内") || startsWith(t, q, "左右");
  }

  /** ￥300 / $300: a currency sign before a number with no unit after it. */
  private static boolean currencySymbol(char[] t, Figure f, int p) {
    if (f.start == 0 || f.masked || f.number == null) {
      return false;
    }
    char c = t[f.start - 1];
    String currency = c == '\uFFE5' || c == '\u00A5' ? "元" : c == '$' ? "美元" : null;
    if (currency == null) {
      return false;
    }
    f.type = QuantityType.MONEY;
    f.unit = f.multiplierText + currency;
    f.baseUnit = currency;
    f.start--;
    f.end = p;
    return true;
  }

  private static boolean isYear(char[] t, Figure f) {
    int len = f.numEnd - f.start;
    if (f.masked) {
      return len == 4;
    }
    return len == 4 && f.number != null && f.number.compareTo(BigDecimal.valueOf(1900)) >= 0
        && f.number.compareTo(BigDecimal.valueOf(2100)) <= 0;
  }

  /** The bound a suffix word at {@code at} puts on the figure before it (以上, 以下, 以内, 左右: two characters each), or null. */
  private static Bound suffixBoundAt(char[] t, int at) {
    return startsWith(t, at, "以上") ? Bound.LOWER
        : startsWith(t, at, "以下") || startsWith(t, at, "以内") ? Bound.UPPER
        : startsWith(t, at, "左右") ? Bound.ABOUT : null;
  }

  /** Suffix bounds after the unit (以上, 左右 …), and prefix bound words before the number. */
  private static void finishBounds(char[] t, Figure f) {
    if (f.type == QuantityType.YEAR || f.type == QuantityType.NUMBER && f.bound == null && f.multiplierText.isEmpty()) {
      f.prefixStart = f.start;
      return;
    }
    Bound suffix = suffixBoundAt(t, f.end);
    if (suffix != null) {
      f.bound = suffix;
      f.end += 2;
    }
    // 增长一倍多, 两个百分点多: 多 after the unit, as 余/多 before it, makes a lower bound
    if (f.bound == null && (f.type == QuantityType.MULTIPLE || f.type == QuantityType.POINTS) && startsWith(t, f.end, "多")
        && (f.end + 1 == t.length || !Character.isIdeographic(t[f.end + 1]))) {
      f.bound = Bound.LOWER;
      f.end++;
    }
    f.prefixStart = f.start;
    String[][] prefixes = {LOWER_PREFIX, UPPER_PREFIX, ABOUT_PREFIX};
    Bound[] bounds = {Bound.LOWER, Bound.UPPER, Bound.ABOUT};
    int best = 0;
    for (int k = 0; k < prefixes.length; k++) {
      for (String w : prefixes[k]) {
        // the longest word wins: 不超过 is an upper bound although it ends in 超过
        if (w.length() > best && f.start >= w.length() && startsWith(t, f.start - w.length(), w)
            && !(w.equals("约") && f.start >= 2 && ENDS_IN_YUE.indexOf(t[f.start - 2]) >= 0)) {
          best = w.length();
          f.prefixStart = f.start - w.length();
          f.prefixBound = bounds[k];
        }
      }
    }
  }

  /** A RANGE when another figure of the same unit follows after 到/至/-/—/~ (3到5万元, 10%—12%). */
  private Figure rangeAfter(char[] t, Figure a) {
    if (a.masked || a.type == QuantityType.YEAR || a.number == null) {
      return null;
    }
    int p = a.type == QuantityType.NUMBER ? a.numEnd : a.end;
    if (a.bound != null && a.type != QuantityType.NUMBER) {
      return null;
    }
    if (p >= t.length || RANGE_LINKS.indexOf(t[p]) < 0) {
      return null;
    }
    int q = p + 1;
    while (q < t.length && t[q] == '—') {
      q++;
    }
    if (q >= t.length || (!isDigit(t[q]) && !ChineseNumerals.isNumeralChar(t[q]))) {
      return null;
    }
    Figure b = figureAt(t, q);
    if (b == null || b.masked || b.number == null || b.type == QuantityType.NUMBER || b.type == QuantityType.YEAR) {
      return null;
    }
    if (a.type != QuantityType.NUMBER && !a.unit.equals(b.unit)) {
      return null;
    }
    Figure r = new Figure();
    r.type = QuantityType.RANGE;
    r.start = a.start;
    r.prefixStart = a.prefixStart;
    r.prefixBound = a.prefixBound;
    r.numEnd = b.end;
    r.end = b.end;
    r.unit = b.unit;
    r.baseUnit = b.baseUnit;
    r.low = a.type == QuantityType.NUMBER ? a.number.multiply(a.multiplier) : a.number;
    r.high = b.number;
    r.multiplier = b.multiplier;
    r.baseFactor = b.baseFactor;
    r.bound = b.bound;
    return r;
  }

  /**
   * A minus sign (-, 负) right before the number, not after a digit (3-5 is a range), and 负 not
   * the end of a word (减负410亿元: the burden relieved; 扭亏, 由负转正 …).
   */
  private static int signAt(char[] t, int start) {
    if (start >= 1 && (t[start - 1] == '-' || t[start - 1] == '负' || t[start - 1] == '\u2212')
        && (start < 2 || !isDigit(t[start - 2]))
        && !(t[start - 1] == '负' && start >= 2 && (t[start - 2] == '减' || t[start - 2] == '担' || t[start - 2] == '抱'))) {
      return start - 1;
    }
    return -1;
  }

  private void emit(String text, char[] t, Figure f, List<Quantity> out) {
    int sign = f.type == QuantityType.RANGE || f.type == QuantityType.YEAR || f.masked ? -1 : signAt(t, f.start);
    if (sign >= 0 && f.prefixStart == f.start) {
      f.number = f.number == null ? null : f.number.negate();
      f.start = sign;
      f.prefixStart = sign;
    }
    Double number = f.number == null ? null : f.number.doubleValue();
    Double base = null;
    if (f.number != null && f.baseUnit != null) {
      base = f.number.multiply(f.multiplier).multiply(f.baseFactor).doubleValue();
    }
    Double low = f.low == null ? null : f.low.doubleValue();
    Double high = f.high == null ? null : f.high.doubleValue();
    if (f.type == QuantityType.RANGE) {
      number = null;
      base = f.high == null || f.baseUnit == null ? null : f.high.multiply(f.multiplier).multiply(f.baseFactor).doubleValue();
    }
    if (f.type == QuantityType.NUMBER && f.number != null) {
      // a plain number is its own base, in no unit: "指数2.71" has base 2.71
      number = f.number.multiply(f.multiplier).doubleValue();
      base = number;
    }
    add(out, text, f.type, f.start, f.end, number, f.unit, base, f.baseUnit, f.bound, f.masked, low, high);
    if (f.prefixStart < f.start) {
      add(out, text, f.type, f.prefixStart, f.end, number, f.unit, base, f.baseUnit, f.prefixBound, f.masked, low, high);
    }
    if (f.masked && f.type != QuantityType.YEAR) {
      add(out, text, QuantityType.MASKED, f.start, f.end, null, f.unit, null, f.baseUnit, f.bound, true, null, null);
    } else if (f.type != QuantityType.NUMBER && f.type != QuantityType.RANGE && f.type != QuantityType.YEAR) {
      int numEnd = f.start + (f.numEnd - f.start);
      if (numEnd > f.start && f.number != null) {
        add(out, text, QuantityType.NUMBER, f.start, numEnd, f.number.multiply(f.multiplier).doubleValue(),
            null, null, null, null, false, null, null);
      }
    }
  }

  private static void add(List<Quantity> out, String text, QuantityType type, int start, int end, Double number,
      String unit, Double base, String baseUnit, Bound bound, boolean masked, Double low, Double high) {
    if (end <= start) {
      return;
    }
    out.add(new Quantity(type, start, end, text.substring(start, end), masked ? null : number, unit,
        masked ? null : base, baseUnit, bound, masked, low, high));
  }

  private static final String[] UNDER_YI = {"千万", "万"};
  private static final String[] UNDER_WAN = {"千"};

  /**
   * The lower part of a number written in digits across two multipliers, read into f: 108亿3038万元
   * is 108.3038亿元, 2亿3千万元 2.3亿元, 3亿零500万元 3.05亿元, 1万5千元 1.5万元. Taken only when the part
   * is smaller than the multiplier before it; p is returned unchanged when none follows.
   */
  private static int lowerPart(char[] t, int p, Figure f) {
    String[] lower = f.multiplierText.equals("亿") ? UNDER_YI : f.multiplierText.equals("万") ? UNDER_WAN : null;
    if (lower == null) {
      return p;
    }
    int q = p < t.length && t[p] == '零' ? p + 1 : p;
    int d = q;
    while (d < t.length && d - q < 4 && isDigit(t[d])) {
      d++; // at most four digits: the part of a 亿 is under 10000万
    }
    if (d == q || d < t.length && (isDigit(t[d]) || t[d] == '.')) {
      return p;
    }
    for (String m : lower) {
      if (startsWith(t, d, m) && !startsWith(t, d + m.length(), "万") && !startsWith(t, d + m.length(), "亿")) {
        BigDecimal part = new BigDecimal(new String(t, q, d - q)).multiply(multiplierValue(m));
        if (part.signum() <= 0 || part.compareTo(f.multiplier) >= 0) {
          return p;
        }
        f.number = f.number.add(part.divide(f.multiplier));
        return d + m.length();
      }
    }
    return p;
  }

  /**
   * Where the digits after a decimal point written with a blank before it, after it or both
   * ("0. 5", "60 .07", "6 . 5") begin, for a point or blank at j; -1 when no such point stands there.
   */
  private static int spacedPointEnd(char[] t, int j) {
    int k = j < t.length && t[j] == ' ' ? j + 1 : j;
    if (k >= t.length || t[k] != '.') {
      return -1;
    }
    k++;
    if (k < t.length && t[k] == ' ') {
      k++;
    }
    return k - j >= 2 && k < t.length && isDigit(t[k]) ? k : -1;
  }

  /** Middle dots some texts type for the decimal point (881·2亿元), read so between digits before a unit. */
  private static final String MIDDLE_DOTS = "\u00B7\u2022\u2219";

  /** True when digits start at i and a unit follows them (%, 万, 亿, 元, 倍, 个 …). */
  private static boolean unitAfterDigits(char[] t, int i) {
    int j = i;
    while (j < t.length && isDigit(t[j])) {
      j++;
    }
    return j > i && j < t.length && "%‰万亿千元倍个美".indexOf(t[j]) >= 0;
  }

  /** A number at i: Arabic (with 1,234 groups and decimals), a placeholder, or a Chinese numeral. */
  private static Num readNumber(char[] t, int i) {
    if (i >= t.length) {
      return null;
    }
    char c = t[i];
    if (isDigit(c) || isMask(c)) {
      int j = i;
      boolean mask = false;
      boolean dot = false;
      int digits = 0;
      while (j < t.length) {
        char d = t[j];
        if (isDigit(d)) {
          digits++;
        } else if (isMask(d)) {
          mask = true;
        } else if (d == '.' && !dot && j + 1 < t.length && (isDigit(t[j + 1]) || isMask(t[j + 1]))) {
          dot = true;
        } else if (MIDDLE_DOTS.indexOf(d) >= 0 && !dot && !mask && digits >= 1 && unitAfterDigits(t, j + 1)) {
          // "881·2亿元", "增长22·5%": a middle dot typed for the decimal point, between digits and
          // before a unit only ("3·15" names a day)
          dot = true;
        } else if ((d == '.' || d == ' ') && !dot && !mask && digits >= 1 && spacedPointEnd(t, j) > 0) {
          // "增长 0. 5%", "18. 08 亿元", "增长60 .07%", "6 . 5%": a converter's blank beside the decimal point
          dot = true;
          j = spacedPointEnd(t, j) - 1;
        } else if (d == ',' && !dot && !mask && j + 3 < t.length + 0 && groupOfThree(t, j)) {
          // 1,234: a thousands separator only before exactly three digits
        } else if ((d == ' ' || d == '\u00A0') && !dot && !mask && digits >= 1 && digits <= 3 && j - i == digits
            && groupOfThree(t, j)) {
          // 2 340万美元: a space typeset as a thousands separator, right after the first one to three digits
        } else {
          break;
        }
        j++;
        if (digits > MAX_DIGITS) {
          return null;
        }
      }
      if (j < t.length && isLatin(t[j]) && !(mask && t[j] == 'x')) {
        return null;
      }
      if (mask) {
        return new Num(i, j, null, true, false);
      }
      if (digits == 0) {
        return null;
      }
      // separators and a middle dot for the point are written out before the digits parse
      boolean rewritten = false;
      for (int k = i; k < j && !rewritten; k++) {
        rewritten = t[k] == ',' || t[k] == ' ' || t[k] == '\u00A0' || MIDDLE_DOTS.indexOf(t[k]) >= 0;
      }
      try {
        return new Num(i, j, rewritten
            ? new BigDecimal(new String(t, i, j - i).replaceAll("[, \u00A0]", "").replaceAll("[" + MIDDLE_DOTS + "]", "."))
            : new BigDecimal(t, i, j - i), false, false);
      } catch (NumberFormatException e) {
        return null;
      }
    }
    // 万亿元 with no numeral before it (突破万亿元, 跃上万亿元台阶) is one 万亿; a lone 亿元 or 万元
    // classifies (亿元以上项目, 万元GDP能耗) and stays no figure
    if (c == '万' && startsWith(t, i, "万亿") && yuanOrDollarAt(t, i + 2)) {
      return new Num(i, i + 2, new BigDecimal("1e12"), false, true);
    }
    if (loneYiAt(t, i)) {
      return new Num(i, i + 1, new BigDecimal("1e8"), false, true);
    }
    if (ChineseNumerals.isNumeralChar(c) && c != '点' && c != '万' && c != '亿') {
      int j = i;
      while (j < t.length && ChineseNumerals.isNumeralChar(t[j]) && j - i < MAX_DIGITS) {
        j++;
      }
      // Shrink until the numeral parses: 三千五百万吨 parses whole; 一百零八将 stops before 将.
      while (j > i) {
        if (t[j - 1] != '点') {
          BigDecimal v = ChineseNumerals.parse(new String(t, i, j - i));
          if (v != null) {
            return new Num(i, j, v, false, true);
          }
        }
        j--;
      }
    }
    return null;
  }

  private static boolean groupOfThree(char[] t, int comma) {
    int k = comma + 1;
    int n = 0;
    while (k < t.length && isDigit(t[k])) {
      k++;
      n++;
    }
    return n == 3;
  }

  private static BigDecimal multiplierValue(String m) {
    return switch (m) {
      case "万亿", "兆" -> new BigDecimal("1e12");
      case "千万" -> new BigDecimal("1e7");
      case "百万" -> new BigDecimal("1e6");
      case "亿" -> new BigDecimal("1e8");
      case "万" -> new BigDecimal("1e4");
      case "千" -> new BigDecimal("1e3");
      case "百" -> new BigDecimal("1e2");
      default -> BigDecimal.ONE;
    };
  }

  private static List<Quantity> dedupe(List<Quantity> sorted) {
    List<Quantity> out = new ArrayList<>(sorted.size());
    int start = -1;
    long seen = 0; // types kept at this start: the list is sorted by start
    for (Quantity q : sorted) {
      if (q.start() != start) {
        start = q.start();
        seen = 0;
      }
      long bit = 1L << q.type().ordinal();
      if ((seen & bit) == 0) {
        seen |= bit;
        out.add(q);
      }
    }
    return out;
  }

  private static char[] fold(String s) {
    char[] out = s.toCharArray(); // one bulk copy, then folded in place
    for (int i = 0; i < out.length; i++) {
      char c = out[i];
      if (c >= '\uFF01' && c <= '\uFF5E') {
        c = (char) (c - 0xFEE0);
      } else if (c == '\u00D7') {
        c = '*';
      } else if (c == '\u2105') {
        c = '%'; // ℅ (care of), typed for % by some input methods: 增长15℅
      } else {
        // financial numerals first (佰 → 百), then traditional characters (個百分點 → 个百分点)
        c = Script.simplified(ChineseNumerals.common(c));
      }
      out[i] = c;
    }
    return out;
  }

  private static boolean startsWith(char[] t, int at, String w) {
    if (at < 0 || at + w.length() > t.length) {
      return false;
    }
    for (int k = 0; k < w.length(); k++) {
      if (t[at + k] != w.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** An upper-case word of two or more letters (GDP, CPI) may stand right before a figure. */
  private static boolean acronymBefore(char[] t, int i) {
    int j = i;
    while (j > 0 && t[j - 1] >= 'A' && t[j - 1] <= 'Z') {
      j--;
    }
    return i - j >= 2 && (j == 0 || !isLatin(t[j - 1]));
  }

  private static boolean acronymAt(char[] t, int i) {
    if (i > 0 && isLatin(t[i - 1])) {
      return false;
    }
    int j = i;
    while (j < t.length && t[j] >= 'A' && t[j] <= 'Z') {
      j++;
    }
    return j - i >= 2 && j < t.length && isDigit(t[j]);
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** A placeholder digit: x, X, * (and × folded to it), ○ and □ of redacted copies (○○亿元, □□万元). */
  private static boolean isMask(char c) {
    return c == 'x' || c == 'X' || c == '*' || c == '\u25CB' || c == '\u25A1';
  }

  private static boolean isLatin(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
