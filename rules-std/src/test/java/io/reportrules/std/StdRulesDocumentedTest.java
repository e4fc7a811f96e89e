package io.reportrules.std;

import static org.assertj.core.api.Assertions.assertThat;

import io.reportrules.RuleSet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every standard rule and check has its row in docs/rules-std.md: one rule, one doc entry. */
class StdRulesDocumentedTest {
  private static final Path DOC = Path.of("../docs/rules-std.md");

  @ParameterizedTest
  @ValueSource(strings = {"std.indicators", "std.quantities", "std.quality"})
  void everyRuleHasItsRow(String name) throws Exception {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    RuleSet rules = RuleSet.loadResource(name, getClass().getClassLoader());
    assertThat(rules.ruleNames()).isNotEmpty();
    assertThat(rules.ruleNames()).allSatisfy(rule -> assertThat(doc).as("row of " + name + "/" + rule).contains("| `" + rule + "` |"));
  }
}
