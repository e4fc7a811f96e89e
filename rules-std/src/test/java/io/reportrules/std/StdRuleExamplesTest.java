package io.reportrules.std;

import static org.assertj.core.api.Assertions.assertThat;

import io.reportrules.Diagnostic;
import io.reportrules.RuleSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every standard rule set compiles without warnings and its rules' examples hold. */
class StdRuleExamplesTest {

  @ParameterizedTest
  @ValueSource(strings = {"std.indicators", "std.quantities", "std.quality"})
  void examplesHold(String name) throws Exception {
    RuleSet rules = RuleSet.loadResource(name, getClass().getClassLoader());
    assertThat(rules.name()).isEqualTo(name);
    assertThat(rules.exampleCount()).isPositive();
    List<Diagnostic> failures = rules.checkExamples();
    assertThat(failures).as(() -> String.join("\n", failures.stream().map(Diagnostic::render).toList())).isEmpty();
    assertThat(rules.warnings()).isEmpty();
  }
}
