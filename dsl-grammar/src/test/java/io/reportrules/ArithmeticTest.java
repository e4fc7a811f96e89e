package io.reportrules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Arithmetic (+ - * / and unary minus) on numbers in emit, when and fact conditions. */
class ArithmeticTest {
  private static final String RULES = """
      ruleset t
      lexicon up = 增长
      rule level
        match   indicator:INDICATOR "达到" level:PERCENT "," "提高" rate:POINTS
        emit    indicator, level, change = rate, before = level.number - rate.number,
                ratio = (level.number - rate.number) / level.number * 100, negated = -rate.number,
                half = level.number / 2 + 1, byZero = level.number / (rate.number - rate.number)
        when    level.number - rate.number >= 0
      check before-below-zero warning "{indicator}: 上年水平为负"
        when fact level where level.number - change.number * 2 < 0
      """;

  private static Fact fact(String text) throws Exception {
    List<Fact> facts = RuleSet.parse(RULES, "t.rules").extract(text).facts();
    assertThat(facts).as(text).hasSize(1);
    return facts.get(0);
  }

  @Test
  void emitsCalculateWithPrecedence() throws Exception {
    Map<String, Object> f = fact("优良率达到90%,提高10个百分点").fields();
    assertThat(f.get("before")).isEqualTo(80.0);
    assertThat((Double) f.get("ratio")).isCloseTo(88.888, org.assertj.core.data.Offset.offset(0.001));
    assertThat(f.get("negated")).isEqualTo(-10.0);
    assertThat(f.get("half")).as("* and / before + and -").isEqualTo(46.0);
    assertThat(f.get("byZero")).as("division by zero gives null").isNull();
  }

  @Test
  void whenConditionsCalculate() throws Exception {
    assertThat(RuleSet.parse(RULES, "t.rules").extract("优良率达到3%,提高5个百分点").facts()).isEmpty();
  }

  @Test
  void factConditionsCalculate() throws Exception {
    RuleSet rs = RuleSet.parse(RULES, "t.rules");
    assertThat(rs.extract("优良率达到15%,提高10个百分点").violations()).extracting(Violation::rule)
        .containsExactly("t/before-below-zero");
    assertThat(rs.extract("优良率达到90%,提高10个百分点").violations()).isEmpty();
  }

  @Test
  void capturesInArithmeticHoldAnEmitBackAndSpanItsFact() throws Exception {
    RuleSet rs = RuleSet.parse("""
        ruleset t
        rule r
          match   a:INDICATOR v:MONEY ("," w:MONEY)?
          emit    indicator = a, value = v
          emit    indicator = a, half = w.number / 2
        """, "t.rules");
    assertThat(rs.extract("产值5亿元").facts()).hasSize(1);
    List<Fact> both = rs.extract("产值5亿元,8亿元").facts();
    assertThat(both).hasSize(2);
    assertThat(both.get(1).fields().get("half")).isEqualTo(4.0);
    assertThat(both.get(1).text()).isEqualTo("产值5亿元,8亿元");
  }

  @Test
  void divisionAndRegexesLexApart() throws Exception {
    RuleSet rs = RuleSet.parse("""
        ruleset t
        rule r
          match   code:/[A-Z]{2}/ v:MONEY
          emit    code, tenth = v.number / 10 / 2
        """, "t.rules");
    assertThat(rs.extract("AB100亿元").facts().get(0).fields().get("tenth")).isEqualTo(5.0);
  }
}
