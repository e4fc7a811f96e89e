package io.reportrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** explain: a rule's matches, or how far its closest attempt got and what it expected. */
class ExplainTest {
  private static final String RULES = """
      ruleset t
      lexicon up = 增长 | 提高
      rule growth
        match indicator:INDICATOR @up rate:(PERCENT | POINTS)
      """;

  @Test
  void showsTheMatch() throws Exception {
    Explanation e = RuleSet.parse(RULES, "t.rules").explain("growth", "工业产值增长5%");
    assertThat(e.facts()).singleElement().satisfies(f -> assertThat(f.text()).isEqualTo("工业产值增长5%"));
    assertThat(e.render("工业产值增长5%")).startsWith("t/growth matched 1 time(s):");
  }

  @Test
  void showsWhereTheClosestAttemptStopped() throws Exception {
    String text = "工业产值增长较快";
    Explanation e = RuleSet.parse(RULES, "t.rules").explain("t/growth", text);
    assertThat(e.facts()).isEmpty();
    assertThat(e.furthest()).isEqualTo(6);
    assertThat(e.expected()).containsExactly("a figure PERCENT | POINTS");
    assertThat(e.render(text)).contains("工业产值增长▮较快").contains("expected there: a figure PERCENT | POINTS");
  }

  @Test
  void unknownRuleIsNamed() throws Exception {
    assertThatThrownBy(() -> RuleSet.parse(RULES, "t.rules").explain("nope", "x"))
        .hasMessageContaining("no rule 'nope' in t (rules: [growth])");
  }
}
