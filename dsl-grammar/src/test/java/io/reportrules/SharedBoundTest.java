package io.reportrules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code sharedBound(v, first)}: a bound word written before the first of two figures bounds both. */
class SharedBoundTest {
  private static final String RULES = """
      ruleset t
      rule pair
        match   a:INDICATOR "、" b:INDICATOR "分别" "为"? v1:MONEY "和" v2:MONEY
        emit    indicator = b, value = sharedBound(v2, v1)
      """;

  private static Object boundOfSecond(String text) throws Exception {
    var facts = RuleSet.parse(RULES, "t.rules").extract(text).facts();
    assertThat(facts).hasSize(1);
    return ((Map<?, ?>) facts.get(0).fields().get("value")).get("bound");
  }

  @Test
  void prefixBoundIsShared() throws Exception {
    assertThat(boundOfSecond("甲、乙产值分别首超30亿元和20亿元")).isEqualTo("lower");
    assertThat(boundOfSecond("甲、乙产值分别不到30亿元和20亿元")).isEqualTo("upper");
  }

  @Test
  void suffixBoundIsNot() throws Exception {
    assertThat(boundOfSecond("甲、乙产值分别为30亿元以上和20亿元")).isNull();
  }

  @Test
  void ownBoundIsKept() throws Exception {
    assertThat(boundOfSecond("甲、乙产值分别超过30亿元和近20亿元")).isEqualTo("upper");
  }

  @Test
  void needsAFigure() {
    var e = org.assertj.core.api.Assertions.catchThrowable(() -> RuleSet.parse("""
        ruleset t
        rule r
          match   a:INDICATOR v:MONEY
          emit    value = sharedBound(a, v)
        """, "t.rules"));
    assertThat(e).hasMessageContaining("t.rules:4:").hasMessageContaining("needs a figure");
  }
}
