package io.reportrules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Full-width and half-width forms match each other; offsets stay those of the original text. */
class WidthFoldingTest {

  @Test
  void halfWidthLiteralMatchesFullWidthText() throws Exception {
    RuleSet rs = RuleSet.parse("ruleset t\nrule r\n  match a:\"GDP,\" 增长\n", "t.rules");
    Extraction e = rs.extract("前文GDP,增长");
    assertThat(e.facts()).hasSize(1);
    Fact f = e.facts().get(0);
    assertThat(f.start()).isEqualTo(2);
    assertThat(f.text()).isEqualTo("GDP,增长");
    assertThat(f.fields()).containsEntry("a", "GDP,");
  }

  @Test
  void negatedClassExcludesBothWidths() throws Exception {
    RuleSet rs = RuleSet.parse("ruleset t\nrule r\n  match 甲 [^;] 乙\n", "t.rules");
    assertThat(rs.extract("甲x乙").facts()).hasSize(1);
    assertThat(rs.extract("甲;乙").facts()).isEmpty();
    assertThat(rs.extract("甲；乙").facts()).isEmpty();
  }

  @Test
  void classMatchesFullWidthText() throws Exception {
    RuleSet rs = RuleSet.parse("ruleset t\nrule r\n  match 甲 [0-9] 乙\n", "t.rules");
    assertThat(rs.extract("甲５乙").facts()).hasSize(1);
    assertThat(rs.extract("甲x乙").facts()).isEmpty();
  }

  @Test
  void fullWidthLiteralMatchesHalfWidthText() throws Exception {
    RuleSet rs = RuleSet.parse("ruleset t\nrule r\n  match \"12%\"\n", "t.rules");
    assertThat(rs.extract("增长12%").facts()).hasSize(1);
    assertThat(rs.extract("增长13%").facts()).isEmpty();
  }

  @Test
  void typesetQuotesMatchCurlyQuotes() throws Exception {
    RuleSet rs = RuleSet.parse("ruleset t\nrule r\n  match \"“十五”期末\"\n", "t.rules");
    Extraction e = rs.extract("是〝十五〞期末的1.9倍");
    assertThat(e.facts()).extracting(Fact::text).containsExactly("〝十五〞期末");
    assertThat(rs.extract("是〝十五〟期末").facts()).hasSize(1);
    assertThat(rs.extract("是「十五」期末").facts()).isEmpty();
  }
}
