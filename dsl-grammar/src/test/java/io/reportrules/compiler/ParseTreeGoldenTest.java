package io.reportrules.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.reportrules.internal.grammar.RuleLexer;
import io.reportrules.internal.grammar.RuleParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden parse trees, grammars-v4 style: each {@code parse/NAME.rules} parses without error to
 * the tree in {@code NAME.tree}. {@code -Dparse.update=true} rewrites the trees after a deliberate
 * grammar change.
 */
class ParseTreeGoldenTest {
  private static final Path DIR = Path.of("src/test/resources/parse");

  @TestFactory
  Stream<DynamicTest> trees() throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.list(DIR)) {
      files = s.filter(p -> p.toString().endsWith(".rules")).sorted().toList();
    }
    return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
  }

  private static void check(Path file) throws Exception {
    RuleLexer lexer = new RuleLexer(CharStreams.fromPath(file, StandardCharsets.UTF_8));
    RuleParser parser = new RuleParser(new CommonTokenStream(lexer));
    parser.removeErrorListeners();
    parser.addErrorListener(new BaseErrorListener() {
      @Override
      public void syntaxError(Recognizer<?, ?> r, Object symbol, int line, int col, String msg, RecognitionException e) {
        fail(file.getFileName() + ":" + line + ":" + (col + 1) + ": " + msg);
      }
    });
    String tree = parser.ruleFile().toStringTree(parser) + "\n";
    Path golden = file.resolveSibling(file.getFileName().toString().replace(".rules", ".tree"));
    if (Boolean.getBoolean("parse.update") || !Files.exists(golden)) {
      Files.writeString(golden, tree, StandardCharsets.UTF_8);
      if (!Boolean.getBoolean("parse.update")) {
        fail("wrote missing golden tree " + golden + "; review it and run again");
      }
      return;
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), tree, file.getFileName().toString());
  }
}
