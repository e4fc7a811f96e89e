package io.reportrules;

import static org.assertj.core.api.Assertions.assertThat;

import io.reportrules.internal.engine.Annotations;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Pinyin a converter left after characters, and footnote numbers, are read through: facts come from the text without it,
 * located in the text as given; checks over the text still see it.
 */
class AnnotationsReadThroughTest {
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
  void aNameReadAcrossAFootnoteNumberIsGivenWithoutIt() throws Exception {
    Extraction e = RuleSet.parse(RULES, "t.rules").extract("前言。國內生產總值[2]744127億元,增長(zhǎng)3%。");
    assertThat(e.facts()).singleElement().satisfies(f -> assertThat(f.fields().get("indicator")).isEqualTo("國內生產總值"));
  }

  @Test
  void factsAreReadThroughTheAnnotationsAndLocatedInTheTextAsGiven() throws Exception {
    String text = "前言。財(cái)政收入3.6億元,增長(zhǎng)33%。";
    Extraction e = RuleSet.parse(RULES, "t.rules").extract(text);
    assertThat(e.facts()).hasSize(1);
    Fact f = e.facts().get(0);
    assertThat(f.fields().get("indicator")).as("as written, as a reader copies it").isEqualTo("財(cái)政收入");
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
    assertThat(Annotations.strip("地区生产总值(GDP)增长5%")).isNull();
    assertThat(Annotations.strip("(一)农业 (ā) 增长")).as("after a blank, not after a character").isNull();
    Annotations a = Annotations.strip("實(shí)現(xiàn)");
    assertThat(a.text()).isEqualTo("實現");
    assertThat(a.span(1, 2)[0]).isEqualTo(6);
    assertThat(a.span(0, 2)[1]).isEqualTo(7);
    assertThat(a.span(1, 1)[1]).as("an empty span stays empty").isEqualTo(6);
  }

  @Test
  void aBlankInsideTheBracketAfterATonedSyllableGoesWithIt() {
    assertThat(Annotations.strip("三項社會(huì )保險基金").text()).isEqualTo("三項社會保險基金");
    assertThat(Annotations.strip("社會( )保險")).as("a blank alone is no syllable").isNull();
  }

  @Test
  void syllablesWithoutToneAreAnnotationsWhenABlankFollows() {
    Annotations a = Annotations.strip("發送量43.9億(yi) 噸,快遞業(ye) 務量");
    assertThat(a.text()).isEqualTo("發送量43.9億噸,快遞業務量");
    assertThat(Annotations.strip("指数(pmi) 为50.2")).as("not a syllable").isNull();
    assertThat(Annotations.strip("企业(xin)增长")).as("no blank after it").isNull();
    assertThat(Annotations.strip("一般(GDP) 增长")).as("capitals").isNull();
  }

  @Test
  void footnoteNumbersAfterANameAreAnnotations() throws Exception {
    String text = "国内生产总值[2]744127亿元,增长6.7%。参见[12]";
    Annotations a = Annotations.strip(text);
    assertThat(a.text()).isEqualTo("国内生产总值744127亿元,增长6.7%。参见");
    Fact f = RuleSet.parse(RULES, "t.rules").extract(text).facts().get(0);
    assertThat(f.fields().get("indicator")).isEqualTo("国内生产总值");
    assertThat(f.text()).isEqualTo("国内生产总值[2]744127亿元,增长6.7%");
    assertThat(Annotations.strip("增长[a]和[123]及 [1]")).as("letters, three digits, after a blank").isNull();
  }

  @Test
  void aFootnoteNumberMayFollowANamesAbbreviation() {
    assertThat(Annotations.strip("地区生产总值(GDP)[2]8621亿元").text()).isEqualTo("地区生产总值(GDP)8621亿元");
    assertThat(Annotations.strip("增长5%[1]")).as("after a figure").isNull();
  }

  @Test
  void factsAreReadThroughTheLineBreaksOfAWrappedText() throws Exception {
    // a paragraph a converter wrapped at 40 columns (a Han character counts two)
    String paragraph = "各项主要经济指标稳中有升,全县财政收入3.6亿元,增长33%,地方财政收入完成2.5亿元,增长21%;"
        + "社会消费品零售总额实现9.8亿元,比去年增长12%,农民人均纯收入增加到5600元,比上年增长15%,"
        + "城镇居民人均收入达到9800元,增长10%,各项事业全面进步。";
    StringBuilder text = new StringBuilder();
    int w = 0;
    for (char c : paragraph.toCharArray()) {
      int cw = c >= 0x2E80 ? 2 : 1;
      if (w + cw > 40) {
        text.append('\n');
        w = 0;
      }
      text.append(c);
      w += cw;
    }
    assertThat(text.toString()).contains("3.6\n亿元");
    List<Fact> facts = RuleSet.parse(RULES, "t.rules").extract(text.toString()).facts();
    assertThat(facts).extracting(Fact::text).contains("财政收入3.6\n亿元,增长33%");
    Fact f = facts.stream().filter(x -> x.text().startsWith("财政收入")).findFirst().orElseThrow();
    assertThat(f.start()).isEqualTo(text.indexOf("财政收入"));
  }

  @Test
  void aFactReadAcrossAWrappedLineStartsOnTheLineOfItsFigure() throws Exception {
    // lines of 38 to 40 columns; the name 社会消费品零售总额 straddles the second break
    String text = String.join("\n",
        "各项主要经济指标稳中有升,全县财政收入3.6",
        "亿元,增长33%。今年全县社会消费品零售总",
        "额9.8亿元,增长12%,农民人均纯收入增加到",
        "5600元,比上年增长15%,城镇居民人均收入达",
        "到9800元,增长10%,各项事业全面进步,人民",
        "生活水平继续提高,社会保持和谐稳定局面。");
    List<Fact> facts = RuleSet.parse(RULES, "t.rules").extract(text).facts();
    Fact f = facts.stream().filter(x -> "社会消费品零售总额".equals(x.fields().get("indicator"))).findFirst().orElseThrow();
    assertThat(f.start()).isEqualTo(text.indexOf("额9.8亿元"));
    assertThat(f.text()).isEqualTo("额9.8亿元,增长12%");
    // a fact whose figure starts before the break keeps its start ("财政收入3.6⏎亿元")
    assertThat(facts).extracting(Fact::text).contains("财政收入3.6\n亿元,增长33%");
  }

  @Test
  void factsAreReadThroughSyllablesWithoutTone() throws Exception {
    String text = "財政收入43.9億(yi) 元,增長9%。";
    Fact f = RuleSet.parse(RULES, "t.rules").extract(text).facts().get(0);
    assertThat(((Map<?, ?>) f.fields().get("value")).get("number")).isEqualTo(43.9);
    assertThat(f.text()).isEqualTo("財政收入43.9億(yi) 元,增長9%");
  }
}
