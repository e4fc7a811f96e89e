package io.reportrules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Text converted from PDF or Word carries blanks: a figure, a lexicon word or a clause punctuation
 * mark (, 、 ; :) passes over up to two blanks (space, tab, ideographic or no-break space) before
 * it, except at a match's start, and a figure may have them between its digits and its unit; a
 * literal word passes over them right after clause punctuation or a figure, and so does an
 * INDICATOR right after clause punctuation (never inside a name).
 */
class BlanksBeforeFiguresTest {
  private static final String RULES = """
      ruleset t
      lexicon up = 增长
      rule amount
        match   indicator:INDICATOR value:MONEY ("," @up rate:PERCENT)?
        emit    indicator, value, change = rate
      """;

  private static Map<?, ?> field(Fact f, String name) {
    return (Map<?, ?>) f.fields().get(name);
  }

  @Test
  void blanksBeforeFiguresAndUnits() throws Exception {
    RuleSet rs = RuleSet.parse(RULES, "t.rules");
    List<Fact> facts = rs.extract("实现财政总收入 3.56亿元,增长　12.4%").facts();
    assertThat(facts).hasSize(1);
    assertThat(facts.get(0).fields().get("indicator")).isEqualTo("财政总收入");
    assertThat(field(facts.get(0), "value").get("base")).isEqualTo(3.56E8);
    assertThat(field(facts.get(0), "value").get("text")).isEqualTo("3.56亿元");
    assertThat(field(facts.get(0), "change").get("number")).isEqualTo(12.4);

    Fact spaced = rs.extract("全社会固定资产投资 206 亿元").facts().get(0);
    assertThat(field(spaced, "value").get("base")).isEqualTo(2.06E10);
    assertThat(field(spaced, "value").get("text")).isEqualTo("206 亿元");
  }

  @Test
  void blanksAroundClausePunctuationAndBeforeWords() throws Exception {
    RuleSet rs = RuleSet.parse(RULES, "t.rules");
    for (String text : List.of("固定资产投资85.6亿元, 增长10.2%", "固定资产投资85.6亿元 ,增长10.2%",
        "固定资产投资 85.6 亿元 , 增长 10.2 %")) {
      List<Fact> facts = rs.extract(text).facts();
      assertThat(facts).as(text).hasSize(1);
      assertThat(field(facts.get(0), "change").get("number")).as(text).isEqualTo(10.2);
      assertThat(facts.get(0).text()).as(text).startsWith("固定资产投资").endsWith("%");
    }
  }

  @Test
  void literalWordsHaveNoBlanksInside() throws Exception {
    RuleSet rs = RuleSet.parse("""
        ruleset t
        rule r
          match   indicator:INDICATOR "同比增长" rate:PERCENT
        """, "t.rules");
    assertThat(rs.extract("产值同比增长5%").facts()).hasSize(1);
    assertThat(rs.extract("产值同比 增长5%").facts()).isEmpty();
    assertThat(rs.extract("产值 同比增长5%").facts()).as("INDICATOR takes no blank, and a match starts after them")
        .isEmpty();
  }

  @Test
  void aNameAfterClausePunctuationAndBlanks() throws Exception {
    RuleSet rs = RuleSet.parse("""
        ruleset t
        rule r
          match   a:INDICATOR v:MONEY "," b:INDICATOR w:MONEY
          emit    indicator = b, value = w
        """, "t.rules");
    for (String text : List.of("农业产值8.6亿元, 工业产值12.4亿元", "农业产值8.6亿元,\u3000工业产值12.4亿元")) {
      List<Fact> facts = rs.extract(text).facts();
      assertThat(facts).as(text).hasSize(1);
      assertThat(facts.get(0).fields().get("indicator")).as(text).isEqualTo("工业产值");
    }
    assertThat(rs.extract("农业产值8.6亿元,工业 产值12.4亿元").facts()).as("no blank inside a name").isEmpty();
    assertThat(rs.extract("农业产值8.6亿元 工业产值12.4亿元").facts()).as("blanks only after clause punctuation").isEmpty();
  }

  @Test
  void aLiteralWordAfterClausePunctuationAndBlanks() throws Exception {
    RuleSet rs = RuleSet.parse("""
        ruleset t
        rule r
          match   indicator:INDICATOR value:MONEY ("," "按可比价格计算")? "," "比上年增长" rate:PERCENT
          emit    indicator, value, change = rate
        """, "t.rules");
    for (String text : List.of("生产总值396.4亿元, 按可比价格计算, 比上年增长12.6%", "生产总值396.4亿元,　比上年增长12.6%")) {
      List<Fact> facts = rs.extract(text).facts();
      assertThat(facts).as(text).hasSize(1);
      assertThat(field(facts.get(0), "change").get("number")).as(text).isEqualTo(12.6);
    }
    RuleSet afterFigure = RuleSet.parse("""
        ruleset t
        rule r
          match   indicator:INDICATOR value:MONEY "比上年增长" rate:PERCENT
          emit    indicator, value, change = rate
        """, "t.rules");
    assertThat(afterFigure.extract("主营业务收入 1277.4 万元 比上年增长 14.4%").facts()).as("after a figure too").hasSize(1);
    assertThat(RuleSet.parse("""
        ruleset t
        rule r
          match   indicator:INDICATOR "同比" rate:PERCENT
        """, "t.rules").extract("产值 同比5%").facts()).as("not after a word").isEmpty();
  }

  @Test
  void aClauseMarkTypedTwice() throws Exception {
    RuleSet rs = RuleSet.parse(RULES, "t.rules");
    List<Fact> facts = rs.extract("一般公共预算支出完成8750亿元,,增长6.1%").facts();
    assertThat(facts).hasSize(1);
    assertThat(field(facts.get(0), "change").get("number")).isEqualTo(6.1);
    assertThat(rs.extract("一般公共预算支出完成8750亿元,,,增长6.1%").facts().get(0).fields().get("change"))
        .as("three are no typo").isNull();
  }

  @Test
  void captureTextsStartAtTheirElement() throws Exception {
    RuleSet rs = RuleSet.parse("""
        ruleset t
        lexicon up = 增长
        rule r
          match   indicator:INDICATOR value:MONEY "," dir:(@up => +1) rate:PERCENT
          emit    indicator, change = signed(rate, dir), word = text(dir)
        """, "t.rules");
    Fact f = rs.extract("产值5亿元,  增长5%").facts().get(0);
    assertThat(f.fields().get("word")).isEqualTo("增长");
    assertThat(field(f, "change").get("text")).isEqualTo("增长5%");
  }

  @Test
  void moreThanTwoBlanksSeparate() throws Exception {
    RuleSet rs = RuleSet.parse(RULES, "t.rules");
    assertThat(rs.extract("财政总收入   3.56亿元").facts()).isEmpty();
    // (a line holding the name alone is read through: see NameLinesTest)
    assertThat(rs.extract("2023年财政总收入\n3.56亿元").facts()).as("a line break is no blank").isEmpty();
  }
}
