package io.reportrules.std;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.reportrules.Extraction;
import io.reportrules.Extractor;
import io.reportrules.Fact;
import io.reportrules.RuleSet;
import io.reportrules.Violation;
import io.reportrules.report.LineIndex;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files: every {@code src/test/resources/regression/NAME.txt} (report text written for
 * this project) has {@code NAME.expected.json}, the facts and violations the default std rule
 * sets give it. A new file is a new case. Run with {@code -Dregression.update=true} to rewrite
 * the golden files after a deliberate change, then review the diff.
 */
class RegressionCorpusTest {
  private static final Path DIR = Path.of("src/test/resources/regression");
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @TestFactory
  Stream<DynamicTest> corpus() throws Exception {
    ClassLoader cl = getClass().getClassLoader();
    Extractor extractor = new Extractor(List.of(RuleSet.loadResource("std.indicators", cl), RuleSet.loadResource("std.quality", cl)));
    List<Path> texts;
    try (Stream<Path> files = Files.list(DIR)) {
      texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    if (texts.isEmpty()) {
      fail("no regression texts in " + DIR.toAbsolutePath());
    }
    return texts.stream().map(t -> DynamicTest.dynamicTest(t.getFileName().toString(), () -> check(extractor, t)));
  }

  private static void check(Extractor extractor, Path text) throws Exception {
    String content = Files.readString(text, StandardCharsets.UTF_8);
    String actual = JSON.writeValueAsString(summarize(content, extractor.extract(content))).replace("\r\n", "\n") + "\n";
    Path golden = text.resolveSibling(text.getFileName().toString().replace(".txt", ".expected.json"));
    if (Boolean.getBoolean("regression.update") || !Files.exists(golden)) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      if (!Boolean.getBoolean("regression.update")) {
        fail("wrote missing golden file " + golden + "; review it and run again");
      }
      return;
    }
    String expected = Files.readString(golden, StandardCharsets.UTF_8).replace("\r\n", "\n");
    if (!expected.equals(actual)) {
      fail(text.getFileName() + " differs from its golden file:\n" + diff(expected, actual));
    }
  }

  private static Map<String, Object> summarize(String text, Extraction e) {
    LineIndex lines = new LineIndex(text);
    List<Map<String, Object>> facts = new ArrayList<>();
    for (Fact f : e.facts()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("line", lines.line(f.start()));
      m.put("rule", f.rule());
      m.put("text", f.text());
      m.put("fields", f.fields());
      facts.add(m);
    }
    List<String> violations = new ArrayList<>();
    for (Violation v : e.violations()) {
      violations.add(lines.line(v.start()) + ":" + lines.column(v.start()) + " " + v.severity().label() + " " + v.rule() + " " + v.text());
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("facts", facts);
    out.put("violations", violations);
    return out;
  }

  /** Lines only in the expected text (-) and only in the actual text (+). */
  private static String diff(String expected, String actual) {
    List<String> exp = List.of(expected.split("\n"));
    List<String> act = List.of(actual.split("\n"));
    StringBuilder out = new StringBuilder();
    for (String l : exp) {
      if (!act.contains(l)) {
        out.append("- ").append(l).append('\n');
      }
    }
    for (String l : act) {
      if (!exp.contains(l)) {
        out.append("+ ").append(l).append('\n');
      }
    }
    return out.length() == 0 ? "(same lines, different order)" : out.toString();
  }
}
