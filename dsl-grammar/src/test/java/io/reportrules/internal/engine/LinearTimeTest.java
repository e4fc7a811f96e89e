package io.reportrules.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.reportrules.Extraction;
import io.reportrules.Extractor;
import io.reportrules.RuleSet;
import io.reportrules.internal.compiler.RuleFileCompiler;
import io.reportrules.quantity.QuantityScanner;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Adversarial rules and documents: the matcher's work (threads stepped) must grow linearly with
 * the text. Each case runs on a text and on one twice as long and compares the work, so the test
 * asserts the shape of the cost, never a time.
 */
class LinearTimeTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "digits then money         ; value:MONEY                         ; 1",
      "Han run, no figure        ; indicator:INDICATOR value:MONEY     ; 甲",
      "nested optionals          ; ((甲?)?)* 乙                        ; 甲",
      "gap chains                ; 甲 … 乙 … 丙                        ; 甲",
      "short or long alternative ; (甲 | 甲 …{0,500} 乙)               ; 甲",
      "lexicon prefixes          ; @w 乙                               ; 甲",
      "star of a class           ; [甲乙]* 丙                           ; 乙",
  })
  void workGrowsLinearly(String name, String pattern, String unit) throws Exception {
    String rules = "ruleset t\nlexicon w = 甲 | 甲甲 | 甲甲甲 | 甲甲甲甲\nrule r\n  match " + pattern + "\n";
    Program program = RuleFileCompiler.compile("t.rules", rules.replace("lexicon w", pattern.contains("@w") ? "lexicon w" : "lexicon unused"))
        .rules().get(0).program();
    long small = steps(program, unit.repeat(20_000));
    long large = steps(program, unit.repeat(40_000));
    // twice the text, at most about twice the work (ends of the text make the ratio a bit over 2)
    assertThat(large).as("work on twice the text").isLessThanOrEqualTo(small * 21 / 10 + 1000);
    // the worst case re-runs a bounded gap (500) after each short match: a constant per character
    assertThat(small).as("work per character").isLessThan(20_000L * 2_000);
  }

  private static long steps(Program program, String text) {
    DocumentContext doc = new DocumentContext(text, QuantityScanner.standard());
    PikeVm vm = new PikeVm(program, doc, PikeVm.DEFAULT_MAX_SPAN);
    vm.findAll(0, doc.length());
    return vm.steps();
  }

  @Test
  void hundredThousandDigitsAreNoFigure() {
    String digits = "9".repeat(100_000);
    assertThat(QuantityScanner.standard().scan("产值" + digits + "亿元")).isEmpty();
  }

  @Test
  void aLongLineRunsThroughTheStandardRules() throws Exception {
    // the std rule sets live in another module; a rule set of the same shape stands in for them
    RuleSet rs = RuleSet.parse("""
        ruleset t
        lexicon up = 增长 | 提高
        rule r
          match indicator:INDICATOR value:MONEY (","? @up rate:PERCENT)?
        """, "t.rules");
    String line = "全年完成地区生产总值102亿元,增长14%,".repeat(20_000) + "没有句号的长文本".repeat(20_000);
    Extraction e = new Extractor(List.of(rs)).extract(line);
    assertThat(e.facts()).hasSize(20_000);
  }

  @Test
  void bracketsNeverClosedAreNoAnnotations() {
    // each opening bracket after a character is looked at within an annotation's length only:
    // searching the rest of the text for its closing one would make this line quadratic
    String line = "字(".repeat(200_000) + "增长(zhǎng)";
    Annotations a = Annotations.strip(line);
    assertThat(a.text()).endsWith("字(增长");
  }
}
