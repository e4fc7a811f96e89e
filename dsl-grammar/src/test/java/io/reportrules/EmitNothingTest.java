package io.reportrules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code emit nothing}: a rule that claims its matches in overlaps and yields no fact. */
class EmitNothingTest {
  private static final String RULES = """
      ruleset t
      lexicon classifies = 的项目
      rule amount
        match   indicator:INDICATOR value:MONEY
      rule threshold-list
        priority 5
        match   INDICATOR MONEY "、" INDICATOR MONEY @classifies
        emit    nothing
        example "政府投资1000万元以上、社会投资2亿元以上的项目"
        counterexample "政府投资1000万元,社会投资2亿元"
      """;

  @Test
  void claimedTextYieldsNoFactAndBlocksOthers() throws Exception {
    RuleSet rs = RuleSet.parse(RULES, "t.rules");
    assertThat(rs.extract("选择政府投资1000万元以上、社会投资2亿元以上的项目纳入计划").facts()).isEmpty();
    assertThat(rs.extract("政府投资1000万元,社会投资2亿元").facts()).extracting(Fact::rule)
        .containsExactly("t/amount", "t/amount");
  }

  @Test
  void examplesStateWhetherItMatches() throws Exception {
    assertThat(RuleSet.parse(RULES, "t.rules").checkExamples()).isEmpty();
    RuleSet wrong = RuleSet.parse(RULES.replace("counterexample \"政府投资1000万元,社会投资2亿元\"",
        "counterexample \"甲投资1亿元、乙投资2亿元的项目\""), "t.rules");
    assertThat(wrong.checkExamples()).singleElement().asString()
        .contains("t.rules:10:3").contains("expected no match");
  }

  @Test
  void explainListsItsMatchesAndInfoMarksIt() throws Exception {
    RuleSet rs = RuleSet.parse(RULES, "t.rules");
    Explanation e = rs.explain("threshold-list", "政府投资1000万元以上、社会投资2亿元以上的项目");
    assertThat(e.facts()).singleElement().satisfies(f -> assertThat(f.fields()).isEmpty());
    assertThat(rs.rules()).filteredOn(RuleInfo::claimsOnly).extracting(RuleInfo::name).containsExactly("threshold-list");
  }
}
