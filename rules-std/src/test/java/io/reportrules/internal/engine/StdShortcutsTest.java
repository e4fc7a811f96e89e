package io.reportrules.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.reportrules.internal.compiler.CompiledRuleFile;
import io.reportrules.internal.compiler.RuleFileCompiler;
import io.reportrules.quantity.QuantityScanner;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The std rules over the regression texts: the matcher's shortcuts find exactly the matches of a
 * plain run of each rule's automaton over the whole text (see the engine's ShortcutsTest).
 */
class StdShortcutsTest {
  @ParameterizedTest
  @ValueSource(strings = {"std/indicators.rules", "std/quality.rules", "std/quantities.rules"})
  void shortcutsFindWhatAPlainRunFinds(String resource) throws Exception {
    String rules;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("reportrules/" + resource)) {
      rules = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    CompiledRuleFile file = RuleFileCompiler.compile(resource, rules);
    List<Path> texts;
    try (Stream<Path> s = Files.list(Path.of("src/test/resources/regression"))) {
      texts = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(texts).hasSizeGreaterThanOrEqualTo(7);
    int compared = 0;
    for (Path p : texts) {
      DocumentContext doc = new DocumentContext(Files.readString(p), QuantityScanner.standard());
      for (CompiledRule rule : file.rules()) {
        if (rule.factCheck() != null) {
          continue;
        }
        List<RawMatch> plain = new PikeVm(rule.program(), doc, PikeVm.DEFAULT_MAX_SPAN).explaining().findAll(0, doc.length());
        assertThat(describe(RuleSetEngine.matches(rule, doc))).as(rule.qualifiedName() + " in " + p.getFileName())
            .isEqualTo(describe(plain));
        compared += plain.size();
      }
    }
    assertThat(compared).isPositive();
  }

  private static List<String> describe(List<RawMatch> matches) {
    List<String> out = new ArrayList<>();
    for (RawMatch m : matches) {
      out.add(m.start() + "-" + m.end() + Arrays.toString(m.caps()) + Arrays.toString(m.vals()));
    }
    return out;
  }
}
