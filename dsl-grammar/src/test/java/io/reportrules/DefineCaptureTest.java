package io.reportrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A capture of a define that is an alternation of typed figures is a figure, like the group it names. */
class DefineCaptureTest {

  @Test
  void aDefineOfFiguresCapturesAFigure() throws Exception {
    RuleSet rs = RuleSet.parse("""
        ruleset t
        lexicon up = 增长
        lexicon down = 下降
        define rateFigure = PERCENT | POINTS
        rule r
          match indicator:INDICATOR dir:(@up => +1 | @down => -1) rate:rateFigure
          emit  indicator, change = signed(rate, dir)
        """, "t.rules");
    Fact f = rs.extract("税收下降3个百分点").facts().get(0);
    Map<?, ?> change = (Map<?, ?>) f.fields().get("change");
    assertThat(change.get("number")).isEqualTo(-3.0);
    assertThat(change.get("unit")).isEqualTo("个百分点");
  }

  @Test
  void aDefineOfWordsIsNoFigure() {
    assertThatThrownBy(() -> RuleSet.parse("""
        ruleset t
        define word = 增长 | 提高
        rule r
          match indicator:INDICATOR w:word PERCENT
          emit  indicator, change = signed(w, 1)
        """, "t.rules"))
        .isInstanceOf(RuleCompileException.class)
        .hasMessageContaining("t.rules:5:")
        .hasMessageContaining("needs a figure");
  }
}
