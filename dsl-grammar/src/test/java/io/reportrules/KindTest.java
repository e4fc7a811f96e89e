package io.reportrules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code kind()}: actual, estimate or target from the markers before a figure and its section. */
class KindTest {
  private static final String RULES = """
      ruleset t
      rule r
        match   indicator:INDICATOR ("增长" | "达到")? figure:(PERCENT | MONEY)
        emit    indicator, kind = kind()
      """;

  private static String kindOf(String text) throws Exception {
    var facts = RuleSet.parse(RULES, "t.rules").extract(text).facts();
    assertThat(facts).as(text).isNotEmpty();
    return (String) facts.get(facts.size() - 1).fields().get("kind");
  }

  @Test
  void markersBeforeTheFigure() throws Exception {
    assertThat(kindOf("全年产值增长5%")).isEqualTo("actual");
    assertThat(kindOf("2022年,屯昌将努力实现地区生产总值增长9.5%左右")).isEqualTo("target");
    assertThat(kindOf("预计全年产值增长5%")).isEqualTo("estimate");
    assertThat(kindOf("全年产值有望增长5%")).isEqualTo("estimate");
    assertThat(kindOf("力争产值增长5%")).isEqualTo("target");
    assertThat(kindOf("计划投资达到5亿元")).isEqualTo("target");
    assertThat(kindOf("预期产值增长5%")).isEqualTo("target");
    // 预期 describing a range sets no goal
    assertThat(kindOf("经济运行在预期的合理区间,工业产值增长8%")).isEqualTo("actual");
    // what is done by a date, after a plan in the same sentence
    assertThat(kindOf("计划总投资为9.3亿元,截至10月底,累计完成投资达到15.155亿元")).isEqualTo("actual");
    assertThat(kindOf("预计截至年底产值达到5亿元")).isEqualTo("estimate");
    assertThat(kindOf("预计地区生产总值累计完成109.7亿元")).isEqualTo("estimate");
    assertThat(kindOf("年度计划投资68亿元,1—12月完成投资达到79.5亿元")).isEqualTo("actual");
    assertThat(kindOf("计划完成投资达到80亿元")).isEqualTo("target");
  }

  @Test
  void aFigureHeldUnderABoundIsAGoalOfItsOwn() throws Exception {
    // the sentence's first clause holds 控制在 in its own figure, the last does not
    var facts = RuleSet.parse(RULES, "t.rules").extract("人口增长率控制在5%以内;居民消费价格涨幅控制在3%以内;产值增长8%").facts();
    assertThat(facts).extracting(f -> f.text() + "=" + f.fields().get("kind"))
        .containsExactly("人口增长率控制在5%以内=target", "居民消费价格涨幅控制在3%以内=target", "产值增长8%=actual");
  }

  @Test
  void striveForIsATargetButObtainedIsNot() throws Exception {
    assertThat(kindOf("争取地区生产总值增长8%")).isEqualTo("target");
    assertThat(kindOf("争取全年产值增长8%")).isEqualTo("target");
    assertThat(kindOf("争取上级资金达到3亿元")).isEqualTo("actual");
    assertThat(kindOf("争取到位资金达到3亿元")).isEqualTo("actual");
    assertThat(kindOf("争取中央预算内投资达到2亿元")).isEqualTo("actual");
    assertThat(kindOf("积极争取乡村振兴衔接资金1682万元")).isEqualTo("actual");
    assertThat(kindOf("积极争取产值增长8%")).isEqualTo("actual");
    assertThat(kindOf("争取中央和省级资金2.8亿元,同比增长20.5%")).isEqualTo("actual");
    assertThat(kindOf("争取到2025年财政收入达到10亿元")).isEqualTo("target");
  }

  @Test
  void planSectionsAreTargets() throws Exception {
    assertThat(kindOf("一、回顾\n产值增长5%。\n二、2024年工作安排\n投资增长8%。\n")).isEqualTo("target");
    assertThat(kindOf("一、回顾\n产值增长5%。\n二、今年工作的总体要求和主要目标\n投资增长8%。\n")).isEqualTo("target");
    assertThat(kindOf("一、今后五年的重点工作\n投资增长8%。\n")).isEqualTo("target");
    assertThat(kindOf("二、重点工作完成情况\n投资增长8%。\n")).isEqualTo("actual");
    assertThat(kindOf("二、2024年的目标和任务\n投资增长8%。\n")).isEqualTo("target");
    assertThat(kindOf("二、2023年目标完成情况\n投资增长8%。\n")).isEqualTo("actual");
    // a plan part's sentence that opens with an earlier year than its heading reports that year
    assertThat(kindOf("镇政府2019年重点工作计划\n2018年,全镇实现产值增长7%。\n")).isEqualTo("actual");
    assertThat(kindOf("镇政府2019年重点工作计划\n2019年,全镇力争产值增长8%。\n")).isEqualTo("target");
    assertThat(kindOf("镇政府2019年重点工作计划\n全镇产值增长8%。\n")).isEqualTo("target");
  }

  @Test
  void aGoalStatedForTheYearStaysAGoal() throws Exception {
    // 全年完成 after 目标为: the goal's own words, not a report of what was done
    assertThat(kindOf("主要经济发展目标为:全年完成一般财政预算收入达到2.2亿元")).isEqualTo("target");
  }

  @Test
  void aGoalAFigureIsMeasuredAgainstSetsNoGoal() throws Exception {
    assertThat(kindOf("生产总值77亿元,完成全年预期目标的47.8%,固定资产投资38亿元,同比增长68.6%")).isEqualTo("actual");
    assertThat(kindOf("今年预期目标为固定资产投资增长10%")).isEqualTo("target");
  }

  @Test
  void aMarkerInABracketedRemarkSpeaksForItselfOnly() throws Exception {
    assertThat(kindOf("运输旅客1852万人次(全年预计2160万人次),同比增长3.28%")).isEqualTo("actual");
    assertThat(kindOf("预计全年(含农户)投资增长8%")).as("a marker outside the bracket still holds").isEqualTo("estimate");
    assertThat(kindOf("2023年(预测),全镇生产总值为10.74亿元")).as("a label without figures speaks for what follows")
        .isEqualTo("estimate");
  }

  @Test
  void aListOfGoalsOpenedWithAColon() throws Exception {
    assertThat(kindOf("今年主要预期目标是:地区生产总值增长6.5%,争取更好结果。固定资产投资增长6.5%")).isEqualTo("target");
    assertThat(kindOf("报告提出,今年的主要预期目标是:\n◆地区生产总值增长5%;\n◆固定资产投资增长4%")).isEqualTo("target");
    assertThat(kindOf("提出了2021年指标体系安排,具体为:地区生产总值增长6.5%左右;规上工业增加值增长9%")).isEqualTo("target");
    assertThat(kindOf("主要目标完成情况:\n◆地区生产总值增长5%")).as("a list of results").isEqualTo("actual");
    assertThat(kindOf("三次产业的比例为1.3:90:8.7。全社会固定资产投资增长6%")).as("a ratio's colons").isEqualTo("actual");
    assertThat(kindOf("市长在报告中回顾了过去一年的工作,提出了今年全市经济社会发展的主要预期目标如下:\n"
        + "过去一年全市地区生产总值增长5%")).as("an unmarked line after it is text, not an item").isEqualTo("actual");
  }

  @Test
  void aGoalNamedRightAfterTheFigure() throws Exception {
    assertThat(kindOf("圆满完成了地区生产总值增长8%的目标。")).isEqualTo("target");
    assertThat(kindOf("聚焦地区生产总值年度增长6%目标任务,系统研究核算方案")).isEqualTo("target");
    assertThat(kindOf("地区生产总值增长8%,高于年初目标。")).as("a goal after a comma is another clause").isEqualTo("actual");
  }

  @Test
  void anEstimateDeclaredForWhatFollows() throws Exception {
    assertThat(kindOf("全年完成地区生产总值达到3300亿元(预计数,下同)")).isEqualTo("estimate");
    assertThat(kindOf("全年地区生产总值增长14.5%(预计数,下同);地方财政收入增长18.7%")).isEqualTo("estimate");
    assertThat(kindOf("预计全省生产总值增长10%(下同)。全社会固定资产投资增长26%")).isEqualTo("estimate");
    assertThat(kindOf("按可比价格计算(下同),全社会固定资产投资增长26%")).isEqualTo("actual");
    assertThat(kindOf("预计全省生产总值增长10%(下同)。\n全社会固定资产投资增长26%")).as("not past the line").isEqualTo("actual");
    assertThat(kindOf("全年实现地区生产总值(预计,下同)7100亿元左右、增长6%左右,一般公共预算收入完成468.3亿元、\n"
        + "下降11%。固定资产投资增长7%")).as("over a line the text was wrapped at").isEqualTo("estimate");
  }

  @Test
  void aSpeechTitleOpensNoPlan() throws Exception {
    assertThat(kindOf("全区第四季度冲刺和重点工作部署会上的讲话\n同志们:\n全区完成固定资产投资达到169.8亿元")).isEqualTo("actual");
    assertThat(kindOf("二、2023年重点工作\n地区生产总值增长6%")).isEqualTo("target");
  }

  @Test
  void aSentenceGoesOnAcrossAWrappedLineAndIntoItsDetails() throws Exception {
    String wrapped = "在全县上下的共同努力下,经济运行总体平稳健康发展。预计全县生产总值57.55亿元、增长8.1%;农业总产\n"
        + "值达到80.6亿元";
    assertThat(kindOf(wrapped)).isEqualTo("estimate");
    assertThat(kindOf("预计全县生产总值增长8.1%。\n农业总产值达到80.6亿元")).as("a finished sentence ends at its line").isEqualTo("actual");
    assertThat(kindOf("二、预计情况\n农业总产值达到80.6亿元")).as("a heading is no wrapped line").isEqualTo("actual");
    assertThat(kindOf("初步预计,地区生产总值增长2%。其中,第一产业增加值达到18亿元")).isEqualTo("estimate");
    assertThat(kindOf("初步预计,地区生产总值增长2%。第一产业增加值达到18亿元")).isEqualTo("actual");
  }
}
