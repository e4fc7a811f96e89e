package io.reportrules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code sameHead(a, b)}: two noun phrases ending in the same two characters. */
class SameHeadTest {
  private static final String RULES = """
      ruleset t
      lexicon up = 增长
      rule joint
        match   a:INDICATOR "和" b:INDICATOR @up PERCENT
        when    sameHead(a, b)
      """;

  @Test
  void twoIndicatorsWithOneHeadNoun() throws Exception {
    RuleSet rs = RuleSet.parse(RULES, "t.rules");
    assertThat(rs.extract("进口额和出口额增长5%").facts()).hasSize(1);
    assertThat(rs.extract("数字经济增加值和核心产业增加值增长20%").facts()).hasSize(1);
  }

  @Test
  void oneIndicatorWithAndInItsName() throws Exception {
    RuleSet rs = RuleSet.parse(RULES, "t.rules");
    assertThat(rs.extract("工业和信息化投资增长5%").facts()).isEmpty();
    assertThat(rs.extract("人口和GDP增长5%").facts()).as("a one-letter tail is not a head").isEmpty();
  }
}
