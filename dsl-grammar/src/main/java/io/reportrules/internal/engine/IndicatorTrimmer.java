package io.reportrules.internal.engine;

import java.util.List;

/**
 * Narrows the text an INDICATOR run captured to the noun phrase naming the quantity: the run
 * starts wherever the clause starts, so it may carry period words (全年, 预计), verbs (完成, 实现),
 * a subject or a scope (全镇, 各类) before the noun; the indicator is what follows the last of
 * those, minus trailing verbs such as 达到 that link it to its figure.
 */
public final class IndicatorTrimmer {
  /** Words after which the indicator starts (the last occurrence wins). Longest first. */
  private static final List<String> CUT_AFTER =
      List.of(
          "前三季度", "前两季度", "第一季度", "第二季度", "第三季度", "第四季度", "一季度", "二季度", "三季度", "四季度",
          "上半年", "下半年", "累计完成", "全年实现", "全年完成", "预计实现", "预计完成", "连续两年", "连续三年", "共完成", "已完成",
          "完成了", "实现了", "年时间", "完成", "实现", "达到", "预计", "全年", "累计", "其中", "发放", "争取",
          "力争", "确保", "计划", "今年", "去年", "上年", "当年", "同期", "目前", "每年", "获批", "获得", "募集",
          "办理", "征收", "清理出", "清理", "投入", "推动", "成功", "先后", "全镇", "全市", "全县", "全区", "全乡", "辖区",
          "我镇", "我市", "我区", "我县", "我乡", "我国", "我省", "全国", "目前已", "全省", "全州", "全街道", "我街道", "辖内", "年末", "年底", "各类", "各项", "奖补", "跨越", "迈上", "公司", "合作社", "安排", "每人", "每户", "建设", "启动", "修缮和", "将", "通过",
          "是", "上缴", "上交", "引进", "带动", "拉动", "发生", "一家", "一批", "所有", "分别为", "分别是", "期末", "时期", "期间",
          "本市", "本县", "本区", "本镇", "本乡", "该市", "该县", "该区", "该镇", "该街道", "个月", "接待",
          "全旗", "全盟", "全地区", "全自治区");

  /**
   * Words of {@link #CUT_AFTER} that belong to the name when one of these follows them: 各项存款余额
   * and 各项贷款余额 are banking terms, not "all kinds of"; 累计 before a stock or running total
   * (基金累计结存, 累计提取总额) is part of its name, not a verb's adverb.
   */
  private static final java.util.Map<String, List<String>> KEPT_BEFORE = java.util.Map.of(
      "各项", List.of("存款", "贷款"),
      "累计", List.of("结存", "结余", "缴存", "贷款", "提取", "归集", "出栏", "用电", "生活用电", "保险金额"));

  /** Endings after 接待 that make the whole phrase the name (接待游客人次, 接待游客总量). */
  private static final List<String> COUNTS_OF_VISITS = List.of("人次", "人数", "总数", "总量", "量");

  private static boolean endsWithAny(String text, int from, int end, List<String> words) {
    for (String w : words) {
      if (end - w.length() >= from && text.startsWith(w, end - w.length())) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithAny(String text, int at, int end, List<String> words) {
    for (String w : words) {
      if (at + w.length() <= end && text.startsWith(w, at)) {
        return true;
      }
    }
    return false;
  }

  /** Words that never stand alone as an indicator: the verb before them stays ("投入资金"). */
  private static final List<String> TOO_GENERIC =
      List.of("资金", "金额", "资产", "总额", "经费", "强度", "比重", "占比", "规模", "总量", "余额",
          "额", "量", "率", "值", "数");

  /** Words stripped from the end of the run (repeatedly). Longest first. */
  private static final List<String> STRIP_TAIL =
      List.of(
          "按可比价格计算", "按可比价计算", "按现价计算", "按可比价", "可比价", "折合人民币", "(人民币)", "（人民币）", "人民币", "分别达到", "分别完成", "分别增加", "分别提高", "分别为", "达到了",
          "计划完成", "计划实现", "力争完成", "力争实现", "力争达到", "确保完成", "确保实现", "确保达到", "预计完成",
          // the goal a figure is ("增速确保目标增长12%", "增速目标增长12%")
          "确保目标", "奋斗目标", "底线目标", "预期目标",
          "预计实现", "预计达到", "有望达到", "有望突破", "可达到", "将达到", "可实现", "可完成", "可达", "将达",
          "提高到", "提升到", "上升到", "下降到", "降低到", "增加到", "增长到", "增加至", "高达", "提高至", "提升至", "上升至", "下降至", "降低至", "降至", "累计完成", "力争突破", "平均达", "共计", "合计", "总计",
          "累计", "达到", "完成", "实现", "分别", "同比", "比上年", "较上年", "首超", "突破", "超过", "增至", "均超", "过",
          "预计", "力争", "确保", "争取", "平均", "共发放", "发放", "达", "为", "共", "超", "逾", "近", "仅为", "仅有", "仅", "跃上", "跨上", "等", "均保持", "保持", "(下同)", "有",
          "年均", "全部", "首次", "双双", "预期", "目标", "实际", "名义", "每人每月", "每人每年", "每人", "每户", "每亩", "每月", "每年", "将", "已", "仍", "的", "了", "到", "在", "都", "再", "又", "还",
          // a period between the name and its figure ("地区生产总值年度增长6%", "工业增加值上半年增长8%")
          "前三季度", "上半年", "下半年", "一季度", "年度", "全年", "今年", "当年");

  /** Words that start a run right after a count ("5个村集体经济收入", "2022年度研发投入"). */
  private static final List<String> AFTER_COUNT =
      List.of("周岁以上", "岁以上", "年时间", "年度", "年来", "周岁", "亿元", "万元", "个", "名", "家", "户", "项", "次", "年", "月",
          "日", "号", "岁", "元");

  /**
   * A comparison with a year or the year before ("能耗比xxxx年", "利润总额与上年同期相比"), or a span of
   * years ("生产总值五年", "三年来"), left at the end of the run.
   */
  private static final java.util.regex.Pattern TRAILING_COMPARISON =
      java.util.regex.Pattern.compile("均?(比|较)([0-9xX]{4}年(底|末)?|上年|去年|上年末|上年同期|去年同期|上半年|一季度|前三季度|年初|上月|“[^”]{1,6}”(期末|末|时期)?)$|[一二三四五六七八九十两]+年来?$|与([0-9xX]{4}年|上年|去年|上年同期|去年同期)相比$");


  private static final java.util.regex.Pattern LEADING_YEARS = java.util.regex.Pattern.compile("[一二三四五六七八九十两]{1,2}年(来|间|内)?");

  private static final java.util.regex.Pattern MASKED_YEAR_END = java.util.regex.Pattern.compile("[0-9xX]{0,2}[xX]{2}年$");

  /** What is left when a run holds no noun at all: adverbs and links. Such a run names nothing. */
  private static final java.util.Set<String> NOT_A_NOUN =
      java.util.Set.of("首次", "和", "及", "与", "其中", "同比", "分别", "并", "又", "再", "均", "共", "累计", "首超",
          "增加", "增长", "减少", "下降", "比年初增加", "比上年增加", "较年初增加", "比年初增长",
          "每月", "每年", "每人", "每户", "每人每月", "人均", "户均", "可", "可达", "将达",
          "多增", "少增", "同比多增", "同比少增", "比上年多增", "比上年少增", "比年初多增", "为预算", "为年度预算",
          "按", "环比", "同比增收", "同比减收", "比上年增收", "比上年减收", "净增", "比上年净增", "同比净增",
          "全年", "今年", "当年", "去年", "上年", "前年", "明年", "年内", "当月", "本月", "上月", "当季", "年底", "年末", "以", "高", "低", "预计", "预计全年", "全年预计", "年", "月", "日", "年度",
          // links and bounds left alone when the noun stands further back (…,达4270亿元)
          "年均", "达", "到", "为", "超过", "超额", "过", "超", "逾", "近", "比", "实现", "完成", "约合", "折合", "期间", "逆势", "末", "底", "可比", "按可比价", "少", "多", "仅", "同期", "相比", "与上年同期相比",
          // a plan a figure is measured against (完成全年目标任务的105%) is no quantity of its own
          "目标", "任务", "计划", "预算", "奋斗目标", "确保目标", "底线目标", "奋斗", "底线", "预测", "份", "同",
          // how a change is measured (扣除物价因素,实际增长6.2%): the change of a name given before
          "实际", "名义",
          // what is left before an amount something else is measured against (与上年 的 1926.5 万元)
          "的", "相差",
          "一季度", "二季度", "三季度", "四季度", "前三季度", "上半年", "下半年", "上年四季度", "去年四季度", "目标任务", "年度任务", "年度目标", "年度计划", "年计划", "计划目标",
          "年初计划", "年初预算", "年度预算", "全年任务", "全年目标", "全年目标任务", "年度目标任务");

  /** True when the trimmed text names no quantity (首次, 和 …): rules treat it as no indicator. */
  public static boolean namesNothing(String trimmed) {
    // 按每亩5000元(计算): the rate an estimate is worked out at, not a quantity; 按自然口径计算(下降13.2%):
    // the same change measured another way, of the name given before
    return trimmed.isEmpty() || NOT_A_NOUN.contains(trimmed) || trimmed.startsWith("按每")
        || trimmed.startsWith("按") && (trimmed.endsWith("计算") || trimmed.endsWith("口径"));
  }

  /** Longest text considered, in UTF-16 units, counted back from the end of the run. */
  public static final int MAX_LENGTH = 30;

  private IndicatorTrimmer() {}

  /**
   * The trimmed span within {@code text[start, end)}, as {@code {start, end}}; an empty span
   * ({@code start == end}) when nothing of a noun remains.
   */
  public static int[] trim(String text, int start, int end) {
    // the run may reach back to the start of its clause; a noun phrase is shorter
    start = Math.max(start, end - MAX_LENGTH);
    int e = nounEnd(text, start, end);
    int s = pastFigureModifier(text, start, e);
    if (opensAComparison(text, s, e)) {
      return new int[] {e, e};
    }
    s = pastLeadingPhrase(text, s, e);
    if (isTailOfBracketedList(text, s, e)) {
      return new int[] {e, e};
    }
    // the end of a date ("2020年底所有…"), also where pastCount took its year or month as a count's unit
    s = pastDateEnd(text, pastCount(text, s, e), e);
    s = pastLeadingWords(text, s, e);
    s = pastPlaceName(text, s, e);
    e = beforeAlias(text, s, e);
    return new int[] {s, Math.max(s, e)};
  }

  /**
   * Indicators a place name may stand before ("二七区生产总值", "蔡岭镇财政收入"): the name is the
   * indicator's; the place is the report's subject.
   */
  private static final List<String> PLACED =
      List.of("地区生产总值", "人均生产总值", "生产总值", "财政总收入", "财政收入", "财税收入", "一般公共预算收入",
          "一般公共预算总收入", "公共财政预算收入", "固定资产投资", "社会消费品零售总额", "进出口总额", "工业总产值",
          "城镇居民人均可支配收入", "农村居民人均可支配收入", "农民人均纯收入");

  /** Characters a place name ends with. */
  private static final String PLACE_ENDS = "区县市镇乡州旗盟省";

  /** Past a place name before one of the {@link #PLACED} indicators. */
  private static int pastPlaceName(String text, int s, int e) {
    if (text.charAt(s) == '占' || text.charAt(s) == '比' || text.charAt(s) == '较') {
      return s; // 占全县工业总产值: the share's denominator, a name as a whole
    }
    for (String w : PLACED) {
      int at = e - w.length();
      if (at > s && text.startsWith(w, at)) {
        char before = text.charAt(at - 1);
        boolean place = PLACE_ENDS.indexOf(before) >= 0
            || text.startsWith("街道", at - 2) || text.startsWith("办事处", at - 3);
        // 地区生产总值 is a name of its own: its 地区 is no place before 生产总值
        return place && !(w.equals("生产总值") && before == '区' && at - 2 >= s && text.charAt(at - 2) == '地') ? at : s;
      }
    }
    return s;
  }

  /** Before an alias in brackets at the end ("生产总值(GDP)", "社会消费品零售总额(以下简称“社零总额”)"). */
  private static int beforeAlias(String text, int s, int e) {
    if (e - s < 4 || text.charAt(e - 1) != ')') {
      return e;
    }
    int open = e - 2; // searched within the span only (a lastIndexOf would scan to the document's start)
    while (open > s && text.charAt(open) != '(') {
      open--;
    }
    if (open <= s + 1) {
      return e;
    }
    String inside = text.substring(open + 1, e - 1);
    boolean latin = !inside.isEmpty() && inside.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
    return latin || inside.startsWith("以下简称") || inside.startsWith("简称") ? open : e;
  }

  /** Where the noun ends: before trailing comparisons, links and verbs, masked years, an adverb 均. */
  private static int nounEnd(String text, int start, int end) {
    int e = end;
    // an opening bracket left before the figure ("年任务(40.2亿元)"): the figure's, not the name's
    while (e > start && text.charAt(e - 1) == '(') { // folded text: （ reads (
      e--;
    }
    e = pastTrailingComparison(text, start, e);
    e = beforeAppraisal(text, start, e);
    boolean stripped = true;
    while (stripped && e > start) {
      stripped = false;
      if (!STRIP_LAST.get(text.charAt(e - 1))) {
        break; // no word of STRIP_TAIL ends here: one lookup instead of a hundred comparisons
      }
      for (String w : STRIP_TAIL) {
        if (e - start > w.length() && text.startsWith(w, e - w.length())) {
          e -= w.length();
          stripped = true;
          break;
        }
      }
    }
    // a comparison or a span of years left in front of the words just stripped ("五年累计完成")
    if (e > start) {
      e = pastTrailingComparison(text, start, e);
    }
    // a masked year at either end ("XX年", "全社会固定资产投资XX年"): a period, not part of the name
    if (e > start && text.charAt(e - 1) == '年') {
      java.util.regex.Matcher year = MASKED_YEAR_END.matcher(text).region(start, e);
      if (year.find()) {
        e = year.start();
      }
    }
    // 均 after a noun is an adverb ("收入均超30万"); 村均, 户均 and 人均 are nouns.
    if (e - start > 2 && text.charAt(e - 1) == '均') {
      e--;
    }
    return e;
  }

  /**
   * An appraisal of the figures ahead, before their list's 分别 ("香港出口强劲,同比分别增长",
   * "价格上涨幅度较大,分别上涨"): not part of the name.
   */
  private static final java.util.regex.Pattern APPRAISAL = java.util.regex.Pattern.compile(
      "(上涨幅度|下降幅度|增长幅度|涨幅|增幅|降幅|增速|幅度|势头)?(较大|较高|较快|较好|强劲|明显|迅猛|平稳)$"
          + "|(跃上|迈上|登上|上)了?(一个)?新的?台阶$|再?创(历史)?新高$");

  /** Where a trailing {@link #APPRAISAL} starts, else e; the name keeps at least two characters. */
  private static int beforeAppraisal(String text, int start, int e) {
    if (e - start < 4 || "大高快好劲显猛稳阶".indexOf(text.charAt(e - 1)) < 0) {
      return e;
    }
    java.util.regex.Matcher m = APPRAISAL.matcher(text).region(start, e);
    return m.find() && m.start() - start >= 2 ? m.start() : e;
  }

  /**
   * Where a trailing comparison or span of years starts ({@link #TRAILING_COMPARISON}), else e.
   * Each of its alternatives ends with one of {@link #COMPARISON_LAST}: the regex runs only then.
   */
  private static int pastTrailingComparison(String text, int start, int e) {
    if (e <= start || COMPARISON_LAST.indexOf(text.charAt(e - 1)) < 0) {
      return e;
    }
    java.util.regex.Matcher cmp = TRAILING_COMPARISON.matcher(text).region(start, e);
    return cmp.find() ? cmp.start() : e;
  }

  /** The last characters of every match of TRAILING_COMPARISON (年底, 上年末, 同期, 一季度, 年初, 上月, “十五”, 三年来, 相比). */
  private static final String COMPARISON_LAST = "年底末期度初月”来比";

  /** Last characters of the STRIP_TAIL words. */
  private static final java.util.BitSet STRIP_LAST = new java.util.BitSet();

  static {
    STRIP_TAIL.forEach(w -> STRIP_LAST.set(w.charAt(w.length() - 1)));
  }

  /**
   * Past a noun a figure modified: a run that opens with 的 follows a figure that modified a noun
   * ("投资3亿元的蓝天国贸中心和投资2亿元"); that noun phrase ends at the last list word.
   */
  private static int pastFigureModifier(String text, int s, int e) {
    if (s < e && text.charAt(s) == '的') {
      for (int i = e - 2; i > s; i--) {
        char c = text.charAt(i);
        if (c == '和' || c == '及' || c == '、' || c == '与') {
          s = i + 1;
          break;
        }
      }
    }
    return s;
  }

  /**
   * True when the run is a comparison, not a name (较全省人均花费低174.19元, 比全市少200多美元; 比重 and
   * 比例 are names), or a contribution to another figure's growth (拉动经济增长0.4个百分点).
   */
  private static boolean opensAComparison(String text, int s, int e) {
    if (e - s > 4 && text.startsWith("分别", s)) {
      s += 2; // 分别高于全市、全省平均增速: each item compared with another place
    }
    return e - s >= 2 && (text.charAt(s) == '较'
        || (text.charAt(s) == '比' && "重例率值".indexOf(text.charAt(s + 1)) < 0)
        || text.startsWith("高于", s) || text.startsWith("低于", s) || text.startsWith("快于", s)
        || text.startsWith("慢于", s) || text.startsWith("高出", s) || text.startsWith("低出", s)
        || text.startsWith("超出", s) || comparesWithin(text, s, e));
  }

  /**
   * A comparison inside the run (增幅高于经济增长率4个百分点, 上拉地区生产总值增速0.5个百分点): the figure
   * after it is a gap to another rate or a contribution, not a change of anything the run names.
   */
  private static boolean comparesWithin(String text, int s, int e) {
    // within the run only: an indexOf would search on to the document's end for every run
    for (int i = s; i + 2 <= e; i++) {
      for (String w : COMPARES_WITHIN) {
        if (text.startsWith(w, i) && (!CONTRIBUTES.contains(w) || drivesGrowth(text, i + w.length(), e))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Words of {@link #COMPARES_WITHIN} that name a contribution only when what they drive is growth. */
  private static final List<String> CONTRIBUTES = List.of("拉动", "上拉");

  /**
   * True when what a 拉动 drives is growth (拉动经济增长, 拉动GDP增长0.4个百分点, 拉动全区增长2.5个百分点):
   * a contribution. What else it drives is an amount of its own (拉动直接消费超过180亿元).
   */
  private static boolean drivesGrowth(String text, int from, int e) {
    String driven = text.substring(from, e);
    return driven.isEmpty() || driven.contains("经济") || driven.contains("GDP") || driven.contains("生产总值")
        || driven.contains("增长") || driven.contains("增速") || text.startsWith("增长", e) || text.startsWith("增速", e)
        || text.startsWith("提高", e) || text.startsWith("上升", e);
  }

  private static final List<String> COMPARES_WITHIN = List.of("拉动", "上拉", "高于", "低于", "快于", "慢于", "高出", "低出");

  /** Conjunctions that may open the clause of a name. Longest first. */
  private static final List<String> CONJUNCTIONS = List.of("但是", "同时", "但", "而");

  /** Words opening a bracket about what a figure includes. */
  private static final List<String> INCLUDES = List.of("不包括", "包括", "不含", "含", "其中");

  /** Past what stands before a noun phrase: 对, a place (在…的), a span of years, an opening quote, a list word. */
  private static int pastLeadingPhrase(String text, int s, int e) {
    // a bracket naming what a figure includes ("1748(不包括基金收入1435万元)万元"): the noun inside it
    if (e - s > 3 && text.charAt(s) == '(') {
      for (String w : INCLUDES) {
        if (text.startsWith(w, s + 1) && e - s > w.length() + 2) {
          s += 1 + w.length();
          break;
        }
      }
    }
    // 的 never starts a name ("实现的增加值"), nor does a conjunction ("但限额以上住宿业")
    if (e - s > 2 && text.charAt(s) == '的') {
      s++;
    }
    for (String w : CONJUNCTIONS) {
      if (e - s > w.length() + 1 && text.startsWith(w, s)) {
        s += w.length();
        break;
      }
    }
    // 对 (towards) before the noun ("对共建“一带一路”国家进出口总额"); 对外贸易 is a name
    if (e - s > 3 && text.charAt(s) == '对' && text.charAt(s + 1) != '外') {
      s++;
    }
    // a place before the noun ("在县经济开发区内的投资"): the noun follows its last 的
    if (e - s > 3 && text.charAt(s) == '在') {
      for (int i = e - 3; i > s; i--) {
        if (text.charAt(i) == '的') {
          s = i + 1;
          break;
        }
      }
    }
    // a span of years before the noun ("五年全社会固定资产投资累计完成")
    java.util.regex.Matcher span = LEADING_YEARS.matcher(text).region(s, e);
    if (span.lookingAt() && span.end() < e) {
      s = span.end();
    }
    // a quotation the run opens and never closes ("紧紧咬住“财政收入三年翻一番”的目标"): the noun
    // starts inside it
    int open = -1;
    for (int i = e - 1; i >= s; i--) {
      char c = text.charAt(i);
      if (c == '”') {
        break;
      }
      if (c == '“') {
        open = i;
        break;
      }
    }
    if (open >= 0 && open + 1 < e) {
      s = open + 1;
    }
    // the next item of a list after a figure ("5万元和XX村5.57万元")
    if (e - s > 2 && (text.charAt(s) == '和' || text.charAt(s) == '及' || text.charAt(s) == '与')) {
      s++;
    }
    return s;
  }

  /** Past the end of a date the run starts with ("2020年底所有…", "4月末各项存款余额"). */
  private static int pastDateEnd(String text, int s, int e) {
    boolean dateEnd = e - s > 2 && s > 0 && (text.charAt(s - 1) == '年' || text.charAt(s - 1) == '月')
        && (text.charAt(s) == '底' || text.charAt(s) == '末');
    return dateEnd ? s + 1 : s;
  }

  /**
   * True when the run is the tail of a bracketed list ("主导产业(纺织服装、机械、能源)55亿元" gives the
   * run "能源)"): the name stands before the bracket, out of reach.
   */
  private static boolean isTailOfBracketedList(String text, int s, int e) {
    return e - 1 > s && text.charAt(e - 1) == ')' && text.substring(s, e - 1).indexOf('(') < 0;
  }

  /** Past closing brackets and quotes, masked digits, and the unit of a count before the noun (5个村…). */
  private static int pastCount(String text, int s, int e) {
    // the end of a bracket the run started inside ("(不包括市城区,下同)一般公共预算收入"): the name follows it
    for (int i = s; i < e - 2; i++) {
      char c = text.charAt(i);
      if (c == '(') {
        break;
      }
      if (c == ')') {
        s = i + 1;
        break;
      }
    }
    // the closing half of a list number, "(1)规模以上工业增加值", or of a quote the run started inside
    while (s < e && (text.charAt(s) == ')' || text.charAt(s) == '）' || text.charAt(s) == '”' || text.charAt(s) == '》')) {
      s++;
    }
    // the masked end of a year or count ("201x年财政总收入"): placeholder digits left in the run
    while (s < e - 1 && s > 0 && isMaskDigit(text.charAt(s))
        && (Character.isDigit(text.charAt(s - 1)) || isMaskDigit(text.charAt(s - 1)))) {
      s++;
    }
    if (s > 0 && (Character.isDigit(text.charAt(s - 1)) || isMaskDigit(text.charAt(s - 1)))) {
      for (String w : AFTER_COUNT) {
        if (e - s > w.length() && text.startsWith(w, s)) {
          s += w.length();
          break;
        }
      }
      // "13个村村集体经济": the counted unit, then the same character opening the noun
      if (e - s > 2 && text.charAt(s) == text.charAt(s + 1) && Character.isIdeographic(text.charAt(s))) {
        s++;
      }
    }
    return s;
  }

  /** Past the last verb, period, scope or subject word before the noun (CUT_AFTER), a village, a total (…中), 共. */
  private static int pastLeadingWords(String text, int s, int e) {
    for (int i = e - 1; i >= s; i--) {
      String cut = cutEndingAt(text, s, i);
      int at = cut == null ? -1 : i - cut.length() + 1;
      if (cut != null && cut.startsWith("全") && at > s && text.charAt(at - 1) == '占') {
        continue; // 占全镇规上工业比重: the scope is the share's denominator, part of the name
      }
      if (cut != null && KEPT_BEFORE.containsKey(cut) && startsWithAny(text, i + 1, e, KEPT_BEFORE.get(cut))) {
        continue;
      }
      if ("接待".equals(cut) && endsWithAny(text, i + 1, e, COUNTS_OF_VISITS)) {
        continue; // 接待游客1828.5万人次 names the visitors; 接待游客人次, 接待游客总数 name the receiving
      }
      if (cut != null && i + 1 < e && text.charAt(i + 1) == '者') {
        continue; // 所有者权益: the word is part of a noun, not a word before it
      }
      // 上半年的贡献率, 通过网络实现的商品销售额: 的 closes the phrase the word began
      int noun = cut != null && i + 1 < e && text.charAt(i + 1) == '的' ? i + 2 : i + 1;
      if (cut != null && noun < e && !TOO_GENERIC.contains(text.substring(noun, e))) {
        s = noun;
        break;
      }
    }
    // 欠发达村村组两级…, 行政村村集体经济: a village subject, then the noun that starts with 村
    // (村村通 is a word of its own)
    // searched within the span only: a lastIndexOf over the text would scan back to the
    // document's start for every span, quadratic in the document
    for (int twice = e - 4; twice >= s; twice--) {
      if (text.charAt(twice) == '村' && text.charAt(twice + 1) == '村') {
        if (text.charAt(twice + 2) != '通') {
          s = twice + 1;
        }
        break;
      }
    }
    // 支出中民生支出: a total, then 中 (among), then the part the figure is about
    for (int i = e - 3; i >= s + 2; i--) {
      if (text.charAt(i) == '中' && "入出额值量资".indexOf(text.charAt(i - 1)) >= 0) {
        s = i + 1;
        break;
      }
    }
    // 共 ends a leading phrase ("村集体经济共增收") but also stands in 公共.
    for (int i = e - 2; i >= s; i--) {
      if (text.charAt(i) == '共' && (i == 0 || text.charAt(i - 1) != '公') && e - i - 1 >= 2
          && "建享同有".indexOf(text.charAt(i + 1)) < 0) { // 共建“一带一路”国家, 共享, 共同: words, not 共 (in all)
        s = i + 1;
        break;
      }
    }
    return s;
  }


  private static boolean isMaskDigit(char c) {
    return c == 'x' || c == 'X';
  }

  /** Last characters of the CUT_AFTER words: most positions end none, and cost one lookup. */
  private static final java.util.BitSet CUT_LAST = new java.util.BitSet();

  static {
    CUT_AFTER.forEach(w -> CUT_LAST.set(w.charAt(w.length() - 1)));
  }

  private static String cutEndingAt(String text, int from, int i) {
    if (!CUT_LAST.get(text.charAt(i))) {
      return null;
    }
    for (String w : CUT_AFTER) {
      int at = i - w.length() + 1;
      if (at >= from && text.startsWith(w, at)) {
        return w;
      }
    }
    return null;
  }
}
