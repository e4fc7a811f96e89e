package io.reportrules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Overlaps: leftmost-longest within a rule; priority, then length, then file order across rules. */
class OverlapTest {

  @Test
  void withinARuleMatchesAreLeftmostLongestAndDisjoint() throws Exception {
    RuleSet rs = RuleSet.parse("ruleset t\nrule r\n  match 甲 乙? 甲?\n", "t.rules");
    assertThat(rs.extract("甲乙甲甲").facts()).extracting(Fact::text).containsExactly("甲乙甲", "甲");
  }

  @Test
  void longerMatchWinsAtEqualPriority() throws Exception {
    RuleSet rs = RuleSet.parse("ruleset t\nrule short\n  match 甲乙\nrule long\n  match 甲乙丙\n", "t.rules");
    assertThat(rs.extract("甲乙丙").facts()).extracting(Fact::rule).containsExactly("t/long");
  }

  @Test
  void priorityBeatsLength() throws Exception {
    RuleSet rs = RuleSet.parse("ruleset t\nrule short\n  priority 5\n  match 甲乙\nrule long\n  match 甲乙丙\n", "t.rules");
    assertThat(rs.extract("甲乙丙").facts()).extracting(Fact::rule).containsExactly("t/short");
  }

  @Test
  void fileOrderBreaksTies() throws Exception {
    RuleSet rs = RuleSet.parse("ruleset t\nrule first\n  match 甲乙\nrule second\n  match 甲乙\n", "t.rules");
    assertThat(rs.extract("甲乙").facts()).extracting(Fact::rule).containsExactly("t/first");
  }
}
