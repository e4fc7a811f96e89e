package io.reportrules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code startsWith(a, prefix)}: the text of a figure, capture or string as written. */
class StartsWithTest {
  private static final String RULES = """
      ruleset t
      rule doubling
        match   indicator:INDICATOR rate:MULTIPLE
        emit    indicator, change = rate
        when    startsWith(rate, "翻")
      rule named
        match   name:INDICATOR "村" PERCENT
        when    startsWith(name, "新") and not startsWith("旧村", name)
      """;

  @Test
  void figureAsWritten() throws Exception {
    RuleSet rs = RuleSet.parse(RULES, "t.rules");
    var facts = rs.extract("地区生产总值翻一番").facts();
    assertThat(facts).hasSize(1);
    assertThat(((Map<?, ?>) facts.get(0).fields().get("change")).get("number")).isEqualTo(1.0);
    assertThat(rs.extract("工业产值是上年的1.5倍").facts()).isEmpty();
  }

  @Test
  void captureAndString() throws Exception {
    RuleSet rs = RuleSet.parse(RULES, "t.rules");
    assertThat(rs.extract("新农村90%").facts()).hasSize(1);
    assertThat(rs.extract("老农村90%").facts()).isEmpty();
  }
}
