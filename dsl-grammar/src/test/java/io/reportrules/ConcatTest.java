package io.reportrules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code concat(…)} joins strings, trimmed indicators and figures' texts; a null argument gives null. */
class ConcatTest {
  private static final String RULES = """
      ruleset t
      rule pair
        match   "城乡" noun:INDICATOR "分别" v1:MONEY "和" v2:MONEY ("," r:PERCENT)?
        emit    indicator = concat("城镇", noun), value = v1, label = concat(noun, ":", v1)
        emit    indicator = concat("农村", noun), value = v2, tail = concat("rate ", either(r))
      """;

  @Test
  void joinsLiteralsIndicatorsAndFigures() throws Exception {
    RuleSet rs = RuleSet.parse(RULES, "t.rules");
    Map<String, Map<String, Object>> byIndicator = new HashMap<>();
    for (Fact f : rs.extract("城乡居民收入分别5万元和3万元。").facts()) {
      byIndicator.put((String) f.fields().get("indicator"), f.fields());
    }
    assertThat(byIndicator).containsOnlyKeys("城镇居民收入", "农村居民收入");
    assertThat(byIndicator.get("城镇居民收入")).containsEntry("label", "居民收入:5万元");
    assertThat(byIndicator.get("农村居民收入")).as("either(r) unbound: null, so concat gives null")
        .containsEntry("tail", null);
  }

  @Test
  void aFigureArgumentContributesItsText() throws Exception {
    RuleSet rs = RuleSet.parse(RULES, "t.rules");
    Fact rural = rs.extract("城乡居民收入分别5万元和3万元,12%").facts().stream()
        .filter(f -> "农村居民收入".equals(f.fields().get("indicator"))).findFirst().orElseThrow();
    assertThat(rural.fields()).containsEntry("tail", "rate 12%");
  }
}
