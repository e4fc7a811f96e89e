package io.reportrules.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which single blanks inside a word of a figure's tail are read through. */
class SplitWordsTest {
  /** Each blank read through as the character before it, "|", the character after it. */
  private static List<String> read(String text) {
    return Cuts.around(text, SplitWords.blanks(text), 1);
  }

  @Test
  void aBlankInsideATailWordIsReadThrough() {
    assertThat(read("产值 99.6 亿元, 比上 年增长 4.1%,增 长 3.4%,同 比下降 15%,提升 5 个百 分点"))
        .containsExactly("上|年", "增|长", "同|比", "百|分");
  }

  @Test
  void blanksBetweenWordsStay() {
    assertThat(read("税收 收入 增长 5%,比上年 增长 3%,两个  增长")).isEmpty();
  }

  @Test
  void theFactReadsThroughTheBlank() throws Exception {
    io.reportrules.RuleSet rs = io.reportrules.RuleSet.parse("""
        ruleset t
        rule r
          match   indicator:INDICATOR value:MONEY "," "同比增长" rate:PERCENT
          emit    indicator, value, change = rate
        """, "t.rules");
    List<io.reportrules.Fact> facts = rs.extract("工业产值 18.58 亿元,同比增 长 3.4%").facts();
    assertThat(facts).hasSize(1);
    assertThat(facts.get(0).text()).isEqualTo("工业产值 18.58 亿元,同比增 长 3.4%");
  }
}
