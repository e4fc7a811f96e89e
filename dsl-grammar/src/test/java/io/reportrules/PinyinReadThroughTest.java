package io.reportrules;

import static org.assertj.core.api.Assertions.assertThat;

import io.reportrules.internal.engine.PinyinAnnotations;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Pinyin a converter left after characters is read through: facts come from the text without it,
 * located in the text as given; checks over the text still see it.
 */
class PinyinReadThroughTest {
  private static final String RULES = """
      ruleset t
      lexicon up = 增长
      rule growth
        match   indicator:INDICATOR value:MONEY "," @up rate:PERCENT
        emit    indicator, value, change = rate
      check annotation warning "注音: {text}"
        match   "(" [a-z]{0,5} [āáǎàēéěèīíǐìōóǒòūúǔù] [a-z]{0,5} ")"
      check big warning "{indicator} 增长过快"
        when    fact growth where change.number > 20
      """;

  @Test
  void factsAreReadThroughTheAnnotationsAndLocatedInTheTextAsGiven() throws Exception {
    String text = "前言。財(cái)政收入3.6億元,增長(zhǎng)33%。";
    Extraction e = RuleSet.parse(RULES, "t.rules").extract(text);
    assertThat(e.facts()).hasSize(1);
    Fact f = e.facts().get(0);
    assertThat(f.fields().get("indicator")).isEqualTo("財政收入");
    assertThat(((Map<?, ?>) f.fields().get("change")).get("number")).isEqualTo(33.0);
    assertThat(f.start()).isEqualTo(text.indexOf("財"));
    assertThat(f.text()).isEqualTo("財(cái)政收入3.6億元,增長(zhǎng)33%");
    assertThat(f.text()).isEqualTo(text.substring(f.start(), f.end()));
  }

  @Test
  void textChecksSeeTheAnnotationsAndFactChecksTheFacts() throws Exception {
    String text = "財(cái)政收入3.6億元,增長(zhǎng)33%。";
    List<Violation> v = RuleSet.parse(RULES, "t.rules").extract(text).violations();
    assertThat(v).extracting(Violation::rule).containsExactlyInAnyOrder("t/annotation", "t/annotation", "t/big");
    Violation big = v.stream().filter(x -> x.rule().equals("t/big")).findFirst().orElseThrow();
    assertThat(big.text()).isEqualTo(text.substring(big.start(), big.end())).startsWith("財(cái)政收入");
  }

  @Test
  void onlyTonedSyllablesAfterHanCharactersAreAnnotations() {
    assertThat(PinyinAnnotations.strip("地区生产总值(GDP)增长5%")).isNull();
    assertThat(PinyinAnnotations.strip("(一)农业 (ā) 增长")).as("after a blank, not after a character").isNull();
    PinyinAnnotations a = PinyinAnnotations.strip("實(shí)現(xiàn)");
    assertThat(a.text()).isEqualTo("實現");
    assertThat(a.span(1, 2)[0]).isEqualTo(6);
    assertThat(a.span(0, 2)[1]).isEqualTo(7);
    assertThat(a.span(1, 1)[1]).as("an empty span stays empty").isEqualTo(6);
  }
}
