package io.reportrules.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What is left of an INDICATOR run (the whole of each text here) once trimmed to its noun. */
class IndicatorTrimmerTest {

  private static String trimmed(String run) {
    int[] span = IndicatorTrimmer.trim(run, 0, run.length());
    return run.substring(span[0], span[1]);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "增速比上年, 增速",
      // 拉动 before an amount it drives (拉动直接消费超过180亿元); before growth it names nothing
      "拉动直接消费, 直接消费",
      // the goal a figure is, after its name (增速确保目标增长12%)
      "规上工业增加值增速确保目标, 规上工业增加值增速",
      // 累计 before a stock is part of its name; before a verb it is the verb's
      "基本医疗保险基金累计结余, 基本医疗保险基金累计结余",
      "累计缴存总额, 累计缴存总额",
      "重大建设项目累计完成投资, 投资",
      "累计销售额, 销售额",
      // 接待 before the visitors counted is a verb; before 人次 or 总数 it names the count
      "接待游客, 游客",
      "接待游客总数, 接待游客总数",
      // a province before a headline indicator; how a change is meant, after the name
      "安徽省生产总值, 生产总值",
      "生产总值预期, 生产总值",
      "居民人均可支配收入实际, 居民人均可支配收入",
      "完成年任务(, 年任务",
      "二七区生产总值, 生产总值",
      "雪松街道办事处财税收入, 财税收入",
      "全年本市生产总值, 生产总值",
      "前三个月财政收入, 财政收入",
      "地区生产总值(GDP), 地区生产总值",
      "社会消费品零售总额(以下简称“社零总额”), 社会消费品零售总额",
      "财政收入(不含基金), 财政收入(不含基金)",
      "地区生产总值, 地区生产总值",
      "社会消费品零售总额增幅较去年同期, 社会消费品零售总额增幅",
      "全年完成地区生产总值, 地区生产总值",
      "南方水泥全年共上缴国税, 国税",
      "引进一家投资, 投资",
      "带动茶农户均增收, 茶农户均增收",
      "全县共发生安全生产事故, 安全生产事故",
      "辖内财政收入, 财政收入",
      "全旗国内生产总值, 国内生产总值",
      "全地区城镇居民人均可支配收入, 城镇居民人均可支配收入",
      "(不包括基金收入, 基金收入",
      "(含返还性收入, 返还性收入",
      // the end of a bracket the run started inside
      "下同)一般公共预算收入决算数, 一般公共预算收入决算数",
      "不含基金)财政收入, 财政收入",
      "的增加值, 增加值",
      "但限额以上住宿业营业额, 限额以上住宿业营业额",
      "而社会消费品零售总额, 社会消费品零售总额",
      "规模工业增加值可比价, 规模工业增加值",
      // an appraisal before a list's 分别
      "香港出口强劲, 香港出口",
      "食品类价格上涨幅度较大, 食品类价格",
      // a period between the name and its change
      "地区生产总值年度, 地区生产总值",
      "规模以上工业增加值上半年, 规模以上工业增加值",
      "人均生产总值首次, 人均生产总值",
      // a figure modified a noun, the next item starts after the list word
      "的蓝天国贸中心和投资, 投资",
      // a quotation opened and never closed
      "紧紧咬住“财政收入, 财政收入",
      "项目奖补“一事一议”资金, “一事一议”资金",
      "欠发达村村组两级经营性纯收入, 村组两级经营性纯收入",
      "村村通工程投资, 村村通工程投资",
      "和XX村, XX村",
      "一般公共预算支出中民生支出, 民生支出",
      "规上工业总产值(不含军工), 规上工业总产值(不含军工)",
      "全社会固定资产投资XX年, 全社会固定资产投资",
      "五年全社会固定资产投资, 全社会固定资产投资",
      "“十五”期末全社会消费品零售总额, 全社会消费品零售总额",
      "存贷款余额均比“九五”期末, 存贷款余额",
      "人均国内生产总值仅, 人均国内生产总值",
      "比重, 比重",
      "经济总量跃上, 经济总量",
      "在县经济开发区内的投资, 投资",
      "村级债务有, 村级债务",
      "我国国内生产总值, 国内生产总值",
      "国内生产总值增加到, 国内生产总值",
      "目前已到位资金, 到位资金",
      "上交本地税费, 本地税费",
      "对共建“一带一路”国家进出口总额, 共建“一带一路”国家进出口总额",
      "对外贸易进出口总额, 对外贸易进出口总额",
      "接受其他地区援助收入等, 接受其他地区援助收入",
      "中央资金, 中央资金",
      "分别为XX村, XX村",
      "所有行政村集体经济收入, 行政村集体经济收入",
      // 所有者 is a noun, not 所有 (all) before one
      "所有者权益, 所有者权益",
      // 的 closes the phrase a cut word began
      "上半年的贡献率, 贡献率",
      "通过公共网络实现的商品销售额, 商品销售额",
      "今年的资金, 今年的资金",
      // as the seeds' gold reads it: 计划 is the plan's verb, the name is 投资
      "计划投资, 投资",
  })
  void trimsToTheNoun(String run, String noun) {
    assertThat(trimmed(run)).isEqualTo(noun);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"其中201x年财政总收入, 财政总收入", "20xx年农民人均纯收入, 农民人均纯收入", "5个村集体经济收入, 村集体经济收入"})
  void countsAndYearsBeforeTheRunAreCut(String text, String noun) {
    // the run starts after the digits, as an INDICATOR run does
    int start = 0;
    while (Character.isDigit(text.charAt(start)) || "其中".indexOf(text.charAt(start)) >= 0) {
      start++;
    }
    int[] span = IndicatorTrimmer.trim(text, start, text.length());
    assertThat(text.substring(span[0], span[1])).isEqualTo(noun);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"年均", "达", "比上年增加", "约合", "实现", "完成全年目标任务", "年初预算", "XX年", "五年累计完成", "能源)", "较全省人均花费低", "比全市少", "与上年同期相比", "奋斗目标", "拉动经济", "平均拉动GDP", "四季度", "高出“九五”期间", "高于全省平均水平", "分别高于全市", "分别比一季度", "按每亩", "按每公斤", "年底", "的", "实际", "名义", "相差"})
  void linksAndAdverbsNameNothing(String run) {
    assertThat(IndicatorTrimmer.namesNothing(trimmed(run))).isTrue();
  }

  @Test
  void aContributionToGrowthNamesNothingWhatFollowsTheRunSaysSo() {
    // the run ends before the change word: what follows it tells a contribution from an amount
    String text = "合计拉动全区增长2.5个百分点";
    int[] span = IndicatorTrimmer.trim(text, 0, "合计拉动全区".length());
    assertThat(IndicatorTrimmer.namesNothing(text.substring(span[0], span[1]))).isTrue();
    String amount = "拉动直接消费180亿元";
    int[] kept = IndicatorTrimmer.trim(amount, 0, "拉动直接消费".length());
    assertThat(amount.substring(kept[0], kept[1])).isEqualTo("直接消费");
  }

  /** The end of a date a run starts with, after the date's digits (a figure, not the run's). */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "2010年底农民人均纯收入, 农民人均纯收入",
      "4月末各项存款余额, 各项存款余额",
      "2020年末户籍人口, 户籍人口",
  })
  void trimsTheEndOfADate(String text, String expected) {
    int start = 0;
    while (Character.isDigit(text.charAt(start))) {
      start++;
    }
    int[] span = IndicatorTrimmer.trim(text, start, text.length());
    assertThat(text.substring(span[0], span[1])).isEqualTo(expected);
  }
}
