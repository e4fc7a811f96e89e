package io.reportrules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A capture on a repeated element binds every repetition ({@code n:[0-9]*} is all the digits, not
 * the last one), and is unbound (null) when the element was absent.
 */
class CaptureRepetitionTest {
  private static final String RULES = """
      ruleset t
      rule r
        match "、" n:[0-9]* w:"报警" d:[0-9]{0,4} e:"!"?
        emit  n = text(n), d = text(d), e = text(e)
      """;

  @Test
  void bindsEveryRepetition() throws Exception {
    RuleSet rs = RuleSet.parse(RULES, "t.rules");
    Fact f = rs.extract("、110报警2024!").facts().get(0);
    assertThat(f.fields().get("n")).isEqualTo("110");
    assertThat(f.fields().get("d")).isEqualTo("2024");
    assertThat(f.fields().get("e")).isEqualTo("!");
  }

  @Test
  void absentRepetitionIsUnbound() throws Exception {
    RuleSet rs = RuleSet.parse(RULES, "t.rules");
    Fact f = rs.extract("、报警").facts().get(0);
    assertThat(f.fields().get("n")).isNull();
    assertThat(f.fields().get("d")).isNull();
    assertThat(f.fields().get("e")).isNull();
  }
}
