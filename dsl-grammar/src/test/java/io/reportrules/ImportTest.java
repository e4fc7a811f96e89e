package io.reportrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Imports bring another rule file's lexicons and defines; word lists come from files. */
class ImportTest {
  private static final Path DIR = Path.of("src/test/resources/imports");

  @Test
  void importedLexiconsDefinesAndWordListsWork() throws Exception {
    RuleSet rs = RuleSet.load(DIR.resolve("main.rules"));
    assertThat(rs.checkExamples()).isEmpty();
    assertThat(rs.extract("西城区工业产值提高3%").facts()).singleElement()
        .satisfies(f -> assertThat(f.fields()).containsEntry("region", "西城区"));
    assertThat(rs.extract("海淀区工业产值提高3%").facts()).isEmpty();
  }

  @Test
  void importCycleIsALocatedError() {
    assertThatThrownBy(() -> RuleSet.load(DIR.resolve("cycle-a.rules")))
        .isInstanceOf(RuleCompileException.class)
        .hasMessageContaining("cycle-b.rules:2:1: error: import cycle:");
  }

  @Test
  void missingImportIsALocatedError() {
    assertThatThrownBy(() -> RuleSet.parse("ruleset t\nimport no.such.set\nrule r\n  match 甲\n", "x.rules"))
        .isInstanceOf(RuleCompileException.class)
        .hasMessageContaining("x.rules:2:1: error: no rule set 'no.such.set' to import");
  }

  @Test
  void classpathImportByName() throws Exception {
    RuleSet rs = RuleSet.parse("ruleset t\nimport t.shared\nrule r\n  match indicator:INDICATOR growth\n", "x.rules");
    assertThat(rs.extract("产值增长5%").facts()).hasSize(1);
  }
}
