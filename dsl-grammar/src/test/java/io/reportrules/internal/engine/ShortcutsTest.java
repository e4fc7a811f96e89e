package io.reportrules.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.reportrules.internal.compiler.CompiledRuleFile;
import io.reportrules.internal.compiler.RuleFileCompiler;
import io.reportrules.quantity.QuantityScanner;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The matcher's shortcuts (segments, needs, start windows, skipped register writes, rules that are
 * one figure) change how much text is looked at, never what is found: every rule finds exactly
 * the matches of a plain run of its automaton over the whole document, with the same captures.
 */
class ShortcutsTest {
  private static final String RULES = """
      ruleset t
      lexicon up = 增长 | 提高 | 上升
      lexicon down = 下降 | 减少
      lexicon base = 同比 | 比上年 | 分别
      lexicon noun = 资金 | 经费
      define change = dir:(@up => +1 | @down => -1) ("达" | "为")? rate:(PERCENT | POINTS)
      rule amount
        match   indicator:INDICATOR value:MONEY !> @noun ((","|"、")? @base? change)?
      rule change-only
        match   indicator:INDICATOR @base? change
      rule list
        match   i1:INDICATOR ("、" | "和") i2:INDICATOR "分别" change (","|"和"|";")? r2:PERCENT
      rule before-noun
        match   value:MONEY @noun
      rule gap
        match   "其中" …{0,12} part:MONEY
      rule masked
        match   /[xX]{2,}/ "亿元"?
      rule figure
        match   q:(MONEY | PERCENT | NUMBER)
      rule clause
        match   CLAUSE_START indicator:INDICATOR "完成" value:MONEY CLAUSE_END
      rule repeated
        match   REPEATED_LINE
      rule counted-list
        match   NAME_START i1:INDICATOR "、" i2:INDICATOR
                  ( "分别" @up r1:PERCENT r2:PERCENT
                  | "、" i3:INDICATOR "分别" @up r1:PERCENT r2:PERCENT r3:PERCENT )
      """;

  private static final String[] TEXTS = {
      "全年完成地区生产总值102亿元,增长14%。规模以上工业增加值增长8.1%;固定资产投资完成56亿元、同比增长12%。",
      "事故数和亡人数分别下降37.5%和25%。其中工业投资35.2亿元,增长18.6%。安排200万元资金。",
      "完成xx亿元,增长x.x%。预计全年实现一产增加值7.7亿元,增长3%\n税收增长3%。\n税收增长3%。\n"
          + "本段落是一个足够长的重复段落用来测试重复行的特征。\n本段落是一个足够长的重复段落用来测试重复行的特征。\n",
      "实现财政总收入 3.56亿元,增长 12.4%。固定资产投资  206 亿元,同比增长\u30008%;税收   12亿元。",
      "工业投资35.2亿元 ,增长 18.6%、 税收12亿元, 同比增长5%;农业产值 8亿元 ;  增长3%。 完成 投资 2亿元 , 增长1%",
  };

  @Test
  void everyRuleFindsWhatAPlainRunFinds() throws Exception {
    CompiledRuleFile file = RuleFileCompiler.compile("t.rules", RULES);
    List<String> texts = new ArrayList<>(Arrays.asList(TEXTS));
    texts.add(randomReport(new Random(7), 4000));
    texts.add(randomReport(new Random(11), 4000));
    int compared = 0;
    for (String text : texts) {
      DocumentContext doc = new DocumentContext(text, QuantityScanner.standard());
      for (CompiledRule rule : file.rules()) {
        List<RawMatch> fast = RuleSetEngine.matches(rule, doc);
        // explaining turns the matcher's own shortcuts off; no prefilter runs outside matches()
        List<RawMatch> plain = new PikeVm(rule.program(), doc, PikeVm.DEFAULT_MAX_SPAN).explaining().findAll(0, doc.length());
        assertThat(describe(fast)).as(rule.qualifiedName() + " in " + text.substring(0, Math.min(20, text.length())))
            .isEqualTo(describe(plain));
        compared += plain.size();
      }
    }
    assertThat(compared).as("the texts give every kind of rule something to find").isGreaterThan(100);
  }

  @Test
  void whatEveryAlternativeNeedsIsANeedOfTheRule() throws Exception {
    CompiledRuleFile file = RuleFileCompiler.compile("t.rules", RULES);
    CompiledRule list = file.rules().stream().filter(r -> r.name().equals("counted-list")).findFirst().orElseThrow();
    // both alternatives hold 分别, @up and PERCENT: each is needed, not only one of them
    assertThat(list.prefilter().needs()).extracting(Prefilter.Need::words).contains(List.of("分别"));
    assertThat(list.prefilter().needs()).anySatisfy(n -> assertThat(n.typeMask()).isNotZero());
    assertThat(list.prefilter().needs()).anySatisfy(n -> assertThat(n.tries()).isNotEmpty());
  }

  private static List<String> describe(List<RawMatch> matches) {
    List<String> out = new ArrayList<>();
    for (RawMatch m : matches) {
      out.add(m.start() + "-" + m.end() + Arrays.toString(m.caps()) + Arrays.toString(m.vals()));
    }
    return out;
  }

  /** Report-like text from pieces, so that figures, words and boundaries meet in many ways. */
  private static String randomReport(Random random, int pieces) {
    String[] parts = {"全年", "完成", "地区生产总值", "102亿元", "增长", "14%", ",", "、", "和", "分别", "同比", "下降",
        "3.2个百分点", "。", ";", "\n", "其中", "资金", "xx", "亿元", "达", "为", "比上年", "工业", "投资", "56", "万元", " ", "\u3000"};
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      b.append(parts[random.nextInt(parts.length)]);
    }
    return b.toString();
  }
}
