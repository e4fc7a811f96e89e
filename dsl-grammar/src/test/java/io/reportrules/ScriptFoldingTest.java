package io.reportrules;

import static org.assertj.core.api.Assertions.assertThat;

import io.reportrules.quantity.QuantityScanner;
import io.reportrules.quantity.QuantityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Traditional characters read as simplified ones: rules, recognizers and context words written in
 * simplified characters apply to a report in traditional script; what a fact shows is the text as
 * written.
 */
class ScriptFoldingTest {
  private static final String RULES = """
      ruleset t
      lexicon up = 增长 | 提高
      rule r
        match   indicator:INDICATOR "为"? value:MONEY? ","? ("同比" | "比上年")? @up rate:(PERCENT | POINTS)
        emit    indicator, value, rate, kind = kind()
      """;

  private static List<Fact> facts(String text) throws Exception {
    return RuleSet.parse(RULES, "t.rules").extract(text).facts();
  }

  @Test
  void simplifiedRuleReadsTraditionalText() throws Exception {
    List<Fact> facts = facts("全年實現財政收入3.33億元,同比增長6.41%。");
    assertThat(facts).hasSize(1);
    Fact f = facts.get(0);
    // the indicator is trimmed (實現 is a verb) and shown as written
    assertThat(f.fields()).containsEntry("indicator", "財政收入");
    assertThat(f.text()).isEqualTo("財政收入3.33億元,同比增長6.41%");
    assertThat(f.start()).isEqualTo(4);
  }

  @Test
  void traditionalUnitsAreRecognized() {
    // the longest reading comes first (a shorter NUMBER reading of 1.2 follows it)
    var points = QuantityScanner.standard().scan("比重提高1.2個百分點");
    assertThat(points.get(0).type()).isEqualTo(QuantityType.POINTS);
    assertThat(points.get(0).text()).isEqualTo("1.2個百分點");
    var money = QuantityScanner.standard().scan("投資兩億三千萬元");
    assertThat(money.get(0).type()).isEqualTo(QuantityType.MONEY);
    assertThat(money.get(0).base()).isEqualTo(2.3e8);
  }

  @Test
  void contextWordsInTraditionalScript() throws Exception {
    assertThat(facts("預計地區生產總值增長8%").get(0).fields()).containsEntry("kind", "estimate");
    assertThat(facts("力爭地區生產總值增長8%").get(0).fields()).containsEntry("kind", "target");
    String plan = "二、2024年工作目標\n地區生產總值增長6%左右。\n";
    assertThat(facts(plan).get(0).fields()).containsEntry("kind", "target");
  }

  @Test
  void wordsThatNameNothingInTraditionalScript() throws Exception {
    // 分別 is 分别: it names nothing
    assertThat(facts("分別增長8.8%").get(0).fields()).containsEntry("indicator", null);
    assertThat(facts("財政收入增長8.8%").get(0).fields()).containsEntry("indicator", "財政收入");
  }

  @Test
  void simplifiedTextIsUnchanged() throws Exception {
    Fact f = facts("全年实现财政收入3.33亿元,同比增长6.41%。").get(0);
    assertThat(f.fields()).containsEntry("indicator", "财政收入");
    assertThat(facts("财政收入3.33亿元,同比持平")).isEmpty();
  }

  @Test
  void textTestsInConditionsCompareFoldedForms() throws Exception {
    RuleSet rs = RuleSet.parse("""
        ruleset t
        rule r
          match   indicator:INDICATOR rate:PERCENT
          emit    indicator
        check rate-name info "比率"
          when fact r where endsWith(indicator, "增长率")
        """, "t.rules");
    assertThat(rs.extract("增長率5%").violations()).hasSize(1);
    assertThat(rs.extract("完成率5%").violations()).isEmpty();
  }
}
