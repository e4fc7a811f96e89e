package io.reportrules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** INDICATOR: the characters a name may hold, digits of a Latin name (PM2.5, CO2) among them. */
class IndicatorNameTest {
  private static final String RULES = """
      ruleset t
      rule r
        match   indicator:INDICATOR "下降" rate:PERCENT
        emit    indicator
      rule amount
        match   indicator:INDICATOR value:MONEY
        emit    indicator, value
      """;

  private static Object indicatorOf(String text) throws Exception {
    var facts = RuleSet.parse(RULES, "t.rules").extract(text).facts();
    assertThat(facts).as(text).hasSize(1);
    return facts.get(0).fields().get("indicator");
  }

  @Test
  void digitsOfALatinNameBelongToIt() throws Exception {
    assertThat(indicatorOf("PM2.5平均浓度下降8.2%")).isEqualTo("PM2.5平均浓度");
    assertThat(indicatorOf("全市PM10浓度下降5%")).isEqualTo("PM10浓度");
    assertThat(indicatorOf("CO2排放下降3%")).isEqualTo("CO2排放");
  }

  @Test
  void theStatisticsNamesThatHoldAnEnumerationCommaAreOneName() throws Exception {
    assertThat(indicatorOf("交通运输、仓储和邮政业增加值下降2.1%")).isEqualTo("交通运输、仓储和邮政业增加值");
    assertThat(indicatorOf("原材料、燃料、動力購進價格下降3%")).isEqualTo("原材料、燃料、動力購進價格");
    // any other 、 still parts two names
    assertThat(indicatorOf("农业、工业产值下降2%")).isEqualTo("工业产值");
  }

  @Test
  void noNameStartsInsideAFigure() throws Exception {
    // the 亿元 of the first amount is a unit, not the first item of a list of names
    RuleSet rs = RuleSet.parse("""
        ruleset t
        rule pair
          match   a:INDICATOR "、" b:INDICATOR v:MONEY
          emit    a, b
        """, "t.rules");
    assertThat(rs.extract("中央资金1.2亿元、省级资金0.6亿元").facts()).isEmpty();
    assertThat(rs.extract("中央、省级资金0.6亿元").facts()).hasSize(1);
  }

  @Test
  void otherDigitsDoNot() throws Exception {
    assertThat(indicatorOf("2022年浓度下降8.2%")).isEqualTo("浓度");
    assertThat(indicatorOf("实现GDP12.5亿元")).isEqualTo("GDP");
  }
}
