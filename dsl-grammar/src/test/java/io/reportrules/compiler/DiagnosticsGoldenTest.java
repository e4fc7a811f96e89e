package io.reportrules.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.reportrules.Diagnostic;
import io.reportrules.RuleCompileException;
import io.reportrules.RuleSet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden diagnostics: each {@code src/test/resources/diagnostics/NAME.rules} is a bad (or
 * suspicious) rule file; {@code NAME.expected} holds the diagnostics the compiler must give, as
 * rendered for people. A new file is a new case. {@code -Ddiagnostics.update=true} rewrites the
 * expected files after a deliberate change.
 */
class DiagnosticsGoldenTest {
  private static final Path DIR = Path.of("src/test/resources/diagnostics");

  @TestFactory
  Stream<DynamicTest> cases() throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.list(DIR)) {
      files = s.filter(p -> p.toString().endsWith(".rules")).sorted().toList();
    }
    if (files.size() < 25) {
      fail("expected at least 25 bad rule files in " + DIR + ", found " + files.size());
    }
    return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
  }

  private static void check(Path file) throws Exception {
    String name = file.getFileName().toString();
    String text = Files.readString(file, StandardCharsets.UTF_8);
    List<Diagnostic> diagnostics;
    try {
      diagnostics = RuleSet.parse(text, name).warnings();
    } catch (RuleCompileException e) {
      diagnostics = e.diagnostics();
    }
    if (diagnostics.isEmpty()) {
      fail(name + " compiled without any diagnostic");
    }
    String actual = diagnostics.stream().map(Diagnostic::render).collect(Collectors.joining("\n")) + "\n";
    Path expectedFile = file.resolveSibling(name.replace(".rules", ".expected"));
    if (Boolean.getBoolean("diagnostics.update")) {
      Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(expectedFile)) {
      fail("missing " + expectedFile + "; the compiler says:\n" + actual);
    }
    assertEquals(Files.readString(expectedFile, StandardCharsets.UTF_8), actual, name);
  }
}
