package io.reportrules.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which line breaks after a name standing alone on its line are read through. */
class NameLinesTest {
  /** Each break as the two characters before it, "|", the two after it. */
  private static List<String> joined(String text) {
    return Cuts.around(text, NameLines.breaks(text), 2);
  }

  @Test
  void aNameLineBeforeItsChangeOrAmountIsJoined() {
    String page = "全年GDP\n增长6.1%左右\n一般公共预算收入\r\n  完成12.6亿元\n进出口总额\n35.2亿元 同比增长8%\n";
    assertThat(joined(page)).containsExactly("DP|增长", "收入|完成", "总额|35");
  }

  @Test
  void oneEmptyLineMayStandBetween() {
    assertThat(joined("指标\n\n年度目标\n\n地区生产总值\n\n增长6%左右\n\n增长2.5%左右\n")).containsExactly("总值|增长");
    assertThat(joined("财政收入\n\n\n增长5%\n")).as("two empty lines part them").isEmpty();
  }

  @Test
  void headingsSentencesAndDatesStay() {
    String page = String.join("\n",
        "一、经济运行", "增长态势良好",          // a heading number: no name line
        "经济运行平稳", "全市上下团结奋斗",        // the next line opens no figure
        "政府工作报告", "2024年1月10日",         // a date
        "主要指标", "1.地区生产总值增长6%",       // a list number
        "全年地区生产总值增长6.1%,财政收入", "增长5%"); // a sentence, not a name
    assertThat(joined(page)).isEmpty();
  }

  @Test
  void aFactReadAcrossANameLineStartsOnItsFiguresLine() throws Exception {
    io.reportrules.RuleSet rs = io.reportrules.RuleSet.parse("""
        ruleset t
        lexicon up = 增长
        rule r
          match   indicator:INDICATOR @up rate:PERCENT
          emit    indicator, change = rate
        """, "t.rules");
    String text = "全年GDP\n增长6.1%";
    List<io.reportrules.Fact> facts = rs.extract(text).facts();
    assertThat(facts).hasSize(1);
    assertThat(facts.get(0).text()).isEqualTo("增长6.1%");
    assertThat(facts.get(0).fields().get("indicator")).isEqualTo("GDP");
  }
}
