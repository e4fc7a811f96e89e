package io.reportrules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Anchors and context: where a match stands in its clause, sentence, line and section. */
class ContextTest {

  @Test
  void clauseAnchorsSkipBlanksAndMatchAtBoundaries() throws Exception {
    RuleSet rs = RuleSet.parse("ruleset t\nrule r\n  match CLAUSE_START 全年 … CLAUSE_END\n", "t.rules");
    assertThat(rs.extract("去年如此; 全年完成任务。其他").facts()).extracting(Fact::text).containsExactly("全年完成任务");
    assertThat(rs.extract("全年完成任务,其他").facts()).as("a gap crosses commas; the match ends at the last clause end")
        .extracting(Fact::text).containsExactly("全年完成任务,其他");
    assertThat(rs.extract("今年全年完成任务").facts()).isEmpty();
  }

  @Test
  void nameStartHoldsWhereNoNameCharacterStandsBefore() throws Exception {
    RuleSet rs = RuleSet.parse("""
        ruleset t
        lexicon up = 增长
        rule list
          match NAME_START a:INDICATOR "、" b:INDICATOR @up PERCENT
          emit  a, b
        """, "t.rules");
    assertThat(rs.extract("全年,进口额、出口额增长5%").facts()).extracting(f -> f.fields().get("a"))
        .containsExactly("进口额");
    assertThat(rs.extract("规模以上工业增加值、出口额增长5%").facts()).as("from the run's start, not inside it")
        .extracting(f -> f.fields().get("a")).containsExactly("规模以上工业增加值");
    assertThat(rs.extract("投资3亿元、出口额增长5%").facts()).as("the 亿元 of a figure holds no name: 元 is no name character here")
        .isEmpty();
    RuleSet inside = RuleSet.parse("ruleset t\nrule r\n  match NAME_START \"资产\"\n", "t.rules");
    assertThat(inside.extract("固定资产投资").facts()).as("资 follows 定, a name character").isEmpty();
    assertThat(inside.extract("2亿元资产").facts()).as("after a figure a name may start").hasSize(1);
  }

  @Test
  void lineAnchors() throws Exception {
    RuleSet rs = RuleSet.parse("ruleset t\nrule r\n  match LINE_START \"一、\" … LINE_END\n", "t.rules");
    assertThat(rs.extract("前言\n一、工作回顾\n正文一、不算").facts()).extracting(Fact::text).containsExactly("一、工作回顾");
  }

  @Test
  void sentenceAndSectionConditions() throws Exception {
    RuleSet rs = RuleSet.parse("""
        ruleset t
        lexicon up = 增长
        rule estimate
          match indicator:INDICATOR @up rate:PERCENT
          when  sentenceHas("预计")
        rule planned
          match indicator:INDICATOR @up rate:PERCENT
          when  sectionHas("工作安排")
        """, "t.rules");
    String text = "一、回顾\n预计全年产值增长5%。税收增长3%。\n二、2024年工作安排\n投资增长8%。\n";
    assertThat(rs.extract(text).facts()).extracting(Fact::rule, Fact::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("t/estimate", "产值增长5%"),
            org.assertj.core.groups.Tuple.tuple("t/planned", "投资增长8%"));
  }
}
