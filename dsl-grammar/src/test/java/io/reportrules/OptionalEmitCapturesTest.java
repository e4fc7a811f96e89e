package io.reportrules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A rule with several emits: a capture read only inside {@code either(…)} is optional, and when
 * it is bound the fact's text reaches it, as the 分别 convention wants (each fact's text runs from
 * its indicator to its own figure).
 */
class OptionalEmitCapturesTest {
  private static final String RULES = """
      ruleset t
      lexicon up = 增长
      rule pair
        match   i1:INDICATOR "、" i2:INDICATOR "分别为" v1:MONEY "、" v2:MONEY ("," "分别" @up r1:PERCENT "、" r2:PERCENT)?
        emit    indicator = i1, value = v1, change = either(r1)
        emit    indicator = i2, value = v2, change = either(r2)
      """;

  @Test
  void boundOptionalCaptureExtendsTheText() throws Exception {
    RuleSet rs = RuleSet.parse(RULES, "t.rules");
    List<Fact> facts = rs.extract("工业总产值、工业增加值分别为320亿元、86亿元,分别增长12.1%、10.8%").facts();
    assertThat(facts).extracting(Fact::text).containsExactly(
        "工业总产值、工业增加值分别为320亿元、86亿元,分别增长12.1%",
        "工业增加值分别为320亿元、86亿元,分别增长12.1%、10.8%");
  }

  @Test
  void unboundOptionalCaptureStillEmits() throws Exception {
    RuleSet rs = RuleSet.parse(RULES, "t.rules");
    List<Fact> facts = rs.extract("工业总产值、工业增加值分别为320亿元、86亿元。").facts();
    assertThat(facts).extracting(Fact::text).containsExactly("工业总产值、工业增加值分别为320亿元", "工业增加值分别为320亿元、86亿元");
    assertThat(facts.get(0).fields().get("change")).isNull();
  }

  @Test
  void anEmitReadingOnlyOptionalCapturesGivesAFactWhenOneIsBound() throws Exception {
    RuleSet rs = RuleSet.parse("""
        ruleset t
        lexicon up = 增长
        rule either-branch
          match   "余额" (v:MONEY | @up r:PERCENT)
          emit    indicator = "余额", value = either(v), change = null
          emit    indicator = "余额", value = null, change = either(r)
        """, "t.rules");
    assertThat(rs.extract("余额120亿元").facts()).extracting(Fact::text).containsExactly("120亿元");
    assertThat(rs.extract("余额增长8%").facts()).extracting(Fact::text).containsExactly("8%");
  }
}
