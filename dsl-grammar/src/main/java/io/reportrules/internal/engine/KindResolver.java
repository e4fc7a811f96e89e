package io.reportrules.internal.engine;


/**
 * Decides whether a figure is reported (actual), estimated or planned (target) from where it
 * stands: the sentence up to the figure, then the section. The nearest marker before the end of
 * the figure wins, so 预计 in the middle of a line turns what follows it into estimates.
 */
public final class KindResolver {
  private static final int LOOK_BACK = 400;

  private KindResolver() {}

  /** {@code actual}, {@code estimate} or {@code target} for the span [start, end). */
  public static String kind(DocumentContext doc, int start, int end) {
    String text = doc.foldedText(); // markers are simplified words: 預計 reads 预计
    int from = sentenceStart(text, start);
    if (doc.sections().inPlan(start) && !looksBack(text, doc.sections().headingAt(start), from, start)) {
      return "target";
    }
    if (namesAGoal(text, end) || heldUnder(text, start, end)) {
      return "target";
    }
    // the marker that starts last wins (markers of the two kinds never overlap, so this is the
    // last of MARKER's matches); scanned back from the figure without building the sentence
    int to = Math.min(end, text.length());
    // a word of what is done by a date (截至, 累计完成) after a plan overrides the plan, not an estimate
    boolean doneAfterPlan = false;
    // a remark in brackets with a figure of its own, closed before the figure's end, speaks for
    // itself only: 预计 in "1852万人次(全年预计2160万人次),同比增长3.28%" leaves the figure before it
    // actual; a label without figures ("XX年(预测),全镇…") still speaks for what follows
    for (int p = to - 1; p >= from; p--) {
      char c = text.charAt(p);
      if (c == ')') {
        int open = remarkWithFigure(text, from, p);
        if (open >= 0) {
          p = open; // the remark passed over: its opening bracket marks nothing
          continue;
        }
      }
      if (!MARKER_FIRST.get(c)) {
        continue;
      }
      for (String w : ESTIMATE) {
        if (p + w.length() <= to && text.startsWith(w, p)) {
          return "estimate";
        }
      }
      for (String w : TARGET) {
        if (p + w.length() <= to && text.startsWith(w, p) && !describesARange(text, p, w) && !measuredAgainst(text, p + w.length())) {
          // a project's plan, then what was done (计划投资68亿元,…完成投资79.5亿元); a goal stated
          // for the year (目标为:全年完成…) stays a goal
          return doneAfterPlan && PLANNED.contains(w) ? "actual" : "target";
        }
      }
      if (text.startsWith("争取", p) && p + 3 <= to && seeksGrowth(text, p, to)) {
        // 争取地区生产总值增长8% is a goal; (积极)争取上级资金3亿元 was obtained
        return doneAfterPlan ? "actual" : "target";
      }
      for (String w : ACTUAL) {
        // 计划总投资为9.3亿元,…,截至10月底累计完成投资15.155亿元: done by then; 预计…累计完成 is not;
        // 计划完成投资 is the plan itself
        if (p + w.length() <= to && text.startsWith(w, p) && !plannedRightBefore(text, p)) {
          doneAfterPlan = true;
        }
      }
    }
    if (inGoalList(text, from, start)) {
      return "target";
    }
    return estimatedAbove(text, end) ? "estimate" : "actual";
  }

  /** Where the bracket closing at {@code close} opens, when it holds a figure (a digit); else -1. */
  private static int remarkWithFigure(String text, int from, int close) {
    boolean digit = false;
    for (int p = close - 1; p >= from; p--) {
      char c = text.charAt(p);
      if (c == '(') {
        return digit ? p : -1;
      }
      if (c == ')') {
        return -1;
      }
      digit |= Character.isDigit(c);
    }
    return -1;
  }

  /** Words of a clause that opens a list of goals with a colon (主要预期目标是:…). */
  private static final String[] GOAL_INTROS = {"预期目标", "目标是", "目标为", "主要目标", "奋斗目标", "目标任务", "发展目标",
      "指标体系安排", "指标安排", "计划草案"};
  /** Words of a clause that opens a list of results, not of goals (主要目标完成情况:). */
  private static final String[] RESULT_INTROS = {"完成情况", "执行情况", "回顾", "完成了", "实现了"};
  /** Lines of a bulleted list looked through, up to the clause that opens it. */
  private static final int MAX_LIST_LINES = 30;

  /**
   * True when the figure at {@code start}, in the sentence starting at {@code from}, stands in a list
   * of goals opened with a colon:
   * earlier on its line ("主要预期目标是:全省地区生产总值增长6.5%,…。一般公共预算总收入增长5%"), or on the
   * line above a run of bulleted lines it belongs to ("主要预期目标是:\n◆地区生产总值增长5%;\n◆…").
   */
  private static boolean inGoalList(String text, int from, int start) {
    int lineStart = lineStart(text, from);
    for (int p = Math.min(start, text.length()) - 1; p >= lineStart; p--) {
      // a colon, not a ratio's (三次产业的比例为1.3:90:8.7) or a time's
      if (text.charAt(p) == ':' && !(p > 0 && Character.isDigit(text.charAt(p - 1)))) {
        return opensGoals(text, lineStart, p);
      }
    }
    if (from != lineStart || !isBullet(text, from)) {
      return false;
    }
    int line = lineStart;
    for (int k = 0; k < MAX_LIST_LINES && line > 0; k++) {
      int end = lineEnd(text, line - 1); // line - 1: the line break ending the line above
      int above = lineStart(text, end);
      if (end > above && text.charAt(end - 1) == ':') {
        return opensGoals(text, above, end - 1);
      }
      if (!isBullet(text, above)) {
        return false;
      }
      line = above;
    }
    return false;
  }

  /** True when the clause of [lineStart, colon) that ends at the colon names goals, not results. */
  private static boolean opensGoals(String text, int lineStart, int colon) {
    int s = clauseStart(text, lineStart, colon);
    if (colon - s <= 4 && s > lineStart && text.charAt(s - 1) == ',') {
      // a short link (具体为, 分别是) says what the list is in the clause before it
      s = clauseStart(text, lineStart, s - 1);
    }
    String intro = text.substring(s, colon);
    for (String w : RESULT_INTROS) {
      if (intro.contains(w)) {
        return false;
      }
    }
    for (String w : GOAL_INTROS) {
      if (intro.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Where the clause ending at p starts: after a sentence end, a comma or a semicolon, or at lineStart. */
  private static int clauseStart(String text, int lineStart, int p) {
    while (p > lineStart && !isSentenceEnd(text.charAt(p - 1)) && text.charAt(p - 1) != ',' && text.charAt(p - 1) != ';') {
      p--;
    }
    return p;
  }

  /** Where the text of the line ending at the line break {@code nl} ends: before trailing \r and spaces. */
  private static int lineEnd(String text, int nl) {
    int e = nl;
    while (e > 0 && (text.charAt(e - 1) == '\r' || text.charAt(e - 1) == ' ')) {
      e--;
    }
    return e;
  }

  private static int lineStart(String text, int p) {
    int stop = Math.max(0, p - LOOK_BACK);
    while (p > stop && text.charAt(p - 1) != '\n') {
      p--;
    }
    return p;
  }

  /** True when the line starting at p is an item of a list: a bullet mark or an item number. */
  private static boolean isBullet(String text, int p) {
    while (p < text.length() && io.reportrules.quantity.internal.Blanks.isBlank(text.charAt(p))) {
      p++;
    }
    if (p >= text.length()) {
      return false;
    }
    if ("◆●•■▲★◇○·-—*".indexOf(text.charAt(p)) >= 0) {
      return true;
    }
    int q = text.charAt(p) == '(' ? p + 1 : p;
    int digits = q;
    while (digits < text.length() && digits - q < 3 && "0123456789一二三四五六七八九十".indexOf(text.charAt(digits)) >= 0) {
      digits++;
    }
    return digits > q && digits < text.length() && "、.)".indexOf(text.charAt(digits)) >= 0;
  }

  /**
   * True when an estimate is declared for what follows: "(预计数,下同)" right after the figure or
   * earlier in its paragraph (its line, or the lines it was wrapped over), or "(下同)" closing a
   * sentence that holds 预计 ("预计…增长10%(下同)。").
   */
  private static boolean estimatedAbove(String text, int end) {
    end = Math.min(end, text.length());
    if (text.startsWith("(预计", end) || (end < text.length() && text.startsWith("(预计", end + 1))) {
      return true;
    }
    // searched back within the line and a bounded stretch only: a search to the document's start
    // for every figure would be quadratic
    int stop = Math.max(0, end - LOOK_BACK * 5);
    int q = -1;
    for (int p = end - 2; p >= stop; p--) {
      char c = text.charAt(p);
      if (c == '\n' && !isWrap(text, p)) {
        break; // a paragraph's end; a line the text was wrapped at goes on
      }
      if (c == '下' && text.charAt(p + 1) == '同') {
        q = p;
        break;
      }
    }
    if (q < 0) {
      return false;
    }
    int remark = Math.max(stop, q - 8);
    if (text.substring(remark, q).contains("预计")) {
      return true; // (预计数,下同)
    }
    return text.substring(sentenceStart(text, q), q).contains("预计");
  }

  /** Words that make the figure right before them a goal's ("实现地区生产总值增长8%的目标"). */
  private static final String[] GOAL_AFTER = {"目标", "的目标", "的预期目标", "的奋斗目标", "的发展目标", "的工作目标"};

  /** True when the figure ending at {@code end} is the figure of a goal named right after it. */
  private static boolean namesAGoal(String text, int end) {
    for (String w : GOAL_AFTER) {
      if (text.startsWith(w, end)) {
        return true;
      }
    }
    return false;
  }

  /** Plan words of projects, after which what is reported done (完成投资, 截至…) is actual. */
  private static final String[] PLAN_WORDS = {"计划完成", "计划实现", "计划投资", "计划总投资", "拟投资", "计划安排",
      "计划投入", "拟安排", "拟建", "拟实施", "需投资", "需投入", "需资金"};
  private static final java.util.Set<String> PLANNED = java.util.Set.of(PLAN_WORDS);

  /** Words that report what is done by a date, after an earlier plan or estimate in the sentence. */
  private static final String[] ACTUAL = {"截至", "截止", "累计完成", "已完成", "完成投资", "实际完成", "全年完成", "已到位"};

  private static final String[] INTENT = {"计划", "预计", "力争", "确保", "争取", "将", "可", "拟"};
  private static final String[] CHANGE_WORDS = {"增长", "增速", "提高", "下降"};

  /** True when a word of intent stands right before p (计划完成投资, 力争完成投资, 将完成投资). */
  private static boolean plannedRightBefore(String text, int p) {
    for (String w : INTENT) {
      if (p >= w.length() && text.startsWith(w, p - w.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the figure itself is held under a bound (居民消费价格涨幅控制在3%以内): reports state
   * that as a goal. Read in the figure's own text only: a level held in another clause of the
   * sentence (人口自然增长率控制在4.8‰以内;单位GDP能耗下降10.7%) says nothing of this one.
   */
  private static boolean heldUnder(String text, int start, int end) {
    for (int p = start; p + 3 <= Math.min(end, text.length()); p++) {
      if (text.startsWith("控制在", p)) {
        return true;
      }
    }
    return false;
  }

  private static final String[] ESTIMATE = {"预计", "预估", "估计", "有望", "可望", "预料", "预测"};
  /** Goal words, then the plan words of projects. */
  private static final String[] TARGET = java.util.stream.Stream.concat(
      java.util.stream.Stream.of("力争", "确保", "争取实现", "争取完成", "争取达到", "努力实现", "努力完成", "努力达到",
          "预期目标", "预期", "目标是", "目标为", "目标:", "目标定为", "目标定在", "底线目标", "奋斗目标", "确保目标"),
      java.util.stream.Stream.of(PLAN_WORDS)).toArray(String[]::new);
  /**
   * True when 争取 at p seeks a rate (争取地区生产总值增长8%: a change word follows it before
   * {@code to}) or a goal by a year (争取到2025年…). 争取 before an amount mostly reports money obtained (积极争取上级资金1682万元,
   * 争取到…), so it marks nothing when money stands before the change, after 积极 or before 到.
   */
  private static boolean seeksGrowth(String text, int p, int to) {
    if (text.charAt(p + 2) == '到' && p + 3 < to && Character.isDigit(text.charAt(p + 3))) {
      return true; // 争取到2025年…: by a year to come
    }
    if (text.charAt(p + 2) == '到' || (p >= 2 && text.startsWith("积极", p - 2))) {
      return false;
    }
    String rest = text.substring(p + 2, to);
    int change = -1;
    for (String w : CHANGE_WORDS) {
      int at = rest.indexOf(w);
      change = at >= 0 && (change < 0 || at < change) ? at : change;
    }
    // money before the change was obtained, and the change is its growth (争取…资金2.8亿元,增长20.5%)
    return change >= 0 && rest.lastIndexOf('元', change) < 0;
  }
  /**
   * True when the goal word ending at {@code end} is what a figure is measured against
   * (完成全年预期目标的47.8%): a completion rate, no goal set in the sentence.
   */
  private static boolean measuredAgainst(String text, int end) {
    for (String rest : new String[] {"目标任务", "目标", "任务"}) {
      if (text.startsWith(rest, end)) {
        end += rest.length();
        break;
      }
    }
    return text.startsWith("的", end) && end + 1 < text.length() && Character.isDigit(text.charAt(end + 1));
  }

  /** 预期 in "运行在预期的合理区间" (within the expected range) describes the year, it sets no goal. */
  private static boolean describesARange(String text, int p, String w) {
    return w.equals("预期") && (text.startsWith("的", p + 2) || text.startsWith("区间", p + 2));
  }

  private static final java.util.BitSet MARKER_FIRST = new java.util.BitSet();

  static {
    for (String[] words : new String[][] {ESTIMATE, TARGET, ACTUAL}) {
      for (String w : words) {
        MARKER_FIRST.set(w.charAt(0));
      }
    }
  }

  private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("((?:19|20)[0-9]{2})年");

  /**
   * True when a sentence in a plan part reports the year before the plan's ("镇政府2019年重点工作计划"
   * over "2018年,全镇实现国内生产总值…"): the sentence starting at {@code from} opens with an earlier
   * year than its heading names.
   */
  private static boolean looksBack(String text, String heading, int from, int start) {
    java.util.regex.Matcher h = YEAR.matcher(heading);
    if (!h.find()) {
      return false;
    }
    while (from < start && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    java.util.regex.Matcher y = YEAR.matcher(text).region(from, Math.min(text.length(), from + 5));
    return y.lookingAt() && Integer.parseInt(y.group(1)) < Integer.parseInt(h.group(1));
  }

  private static int sentenceStart(String text, int start) {
    int from = start;
    int stop = Math.max(0, start - LOOK_BACK);
    while (from > stop) {
      char c = text.charAt(from - 1);
      if (c == '\n' && isWrap(text, from - 1)) {
        from--; // a line wrapped inside a sentence ("…增长8.1%;农业总产\n值…"): the sentence goes on
        continue;
      }
      if (isSentenceEnd(c)) {
        // 其中, opening a sentence, details the one before: 预计 there governs it too
        if (text.startsWith("其中", from) && from - 1 > stop) {
          from--;
          continue;
        }
        break;
      }
      from--;
    }
    return from;
  }

  /**
   * True when the line break at {@code nl} wraps a sentence: the line before ends inside one (with
   * a character, a figure or a comma, not with 。!?:) and is no heading (too short to be text).
   */
  private static boolean isWrap(String text, int nl) {
    int e = lineEnd(text, nl);
    if (e == 0 || "。!?:".indexOf(text.charAt(e - 1)) >= 0) {
      return false;
    }
    // longer than a heading: looked at no further back than a heading is long
    for (int i = e - 1; i >= Math.max(0, e - Sections.MAX_HEADING - 1); i--) {
      if (text.charAt(i) == '\n') {
        return false;
      }
    }
    return e > Sections.MAX_HEADING;
  }

  /** The text from the start of the sentence holding {@code start} up to {@code end}. */
  public static String sentenceUpTo(DocumentContext doc, int start, int end) {
    String text = doc.foldedText(); // markers are simplified words: 預計 reads 预计
    return text.substring(sentenceStart(text, start), Math.min(end, text.length()));
  }

  private static boolean isSentenceEnd(char c) {
    return c == '。' || c == '!' || c == '?' || c == '!' || c == '?' || c == '\n';
  }
}
