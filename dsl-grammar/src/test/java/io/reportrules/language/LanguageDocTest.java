package io.reportrules.language;

import static org.assertj.core.api.Assertions.assertThat;

import io.reportrules.Diagnostic;
import io.reportrules.RuleCompileException;
import io.reportrules.RuleSet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every ```rules block of docs/language.md compiles, without warnings, and its examples hold. */
class LanguageDocTest {
  private static final Path DOC = Path.of("../docs/language.md");

  @TestFactory
  Stream<DynamicTest> examplesCompile() throws Exception {
    List<String> lines = Files.readAllLines(DOC, StandardCharsets.UTF_8);
    List<DynamicTest> tests = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals("```rules")) {
        int start = i + 1;
        StringBuilder block = new StringBuilder();
        while (++i < lines.size() && !lines.get(i).strip().equals("```")) {
          block.append(lines.get(i)).append('\n');
        }
        String source = "language.md:" + start;
        String text = block.toString();
        tests.add(DynamicTest.dynamicTest(source, () -> compile(text, source)));
      }
    }
    assertThat(tests).as("rules blocks in " + DOC).hasSizeGreaterThanOrEqualTo(8);
    return tests.stream();
  }

  private static void compile(String text, String source) {
    RuleSet rs;
    try {
      rs = RuleSet.parse(text, source);
    } catch (RuleCompileException e) {
      throw new AssertionError(e.getMessage());
    }
    assertThat(rs.warnings()).extracting(Diagnostic::toString).isEmpty();
    assertThat(rs.checkExamples()).extracting(Diagnostic::render).isEmpty();
  }
}
