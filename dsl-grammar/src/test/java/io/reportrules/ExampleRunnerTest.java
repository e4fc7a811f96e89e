package io.reportrules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Examples inside rules: a failing one names file:line, the expected and the actual fields. */
class ExampleRunnerTest {
  private static final String RULES = """
      ruleset t.examples
      lexicon up = 增长
      rule growth
        match indicator:INDICATOR @up rate:PERCENT
        emit  indicator, rate
        example "工业产值增长5%" => indicator = "工业产值", rate.number = 5
        example "工业产值增长5%" => rate.number = 6
        counterexample "工业产值下降5%"
        counterexample "税收增长3%"
      """;

  @Test
  void passingExamplesAreQuiet() throws Exception {
    RuleSet rs = RuleSet.parse(RULES.replace("rate.number = 6", "rate.number = 5").replace("counterexample \"税收增长3%\"\n", ""), "ok.rules");
    assertThat(rs.checkExamples()).isEmpty();
    assertThat(rs.exampleCount()).isEqualTo(3);
  }

  @Test
  void failingExampleIsLocatedAndSaysExpectedAndActual() throws Exception {
    List<Diagnostic> failures = RuleSet.parse(RULES, "t.rules").checkExamples();
    assertThat(failures).hasSize(2);
    Diagnostic wrongField = failures.get(0);
    assertThat(wrongField.toString())
        .startsWith("t.rules:7:3: error: example of 'growth' fails: expected rate.number = 6, actual 5");
    Diagnostic counter = failures.get(1);
    assertThat(counter.line()).isEqualTo(9);
    assertThat(counter.message()).contains("counterexample of 'growth' fails: expected no fact in \"税收增长3%\"");
  }
}
