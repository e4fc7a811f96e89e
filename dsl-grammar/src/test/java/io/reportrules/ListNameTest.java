package io.reportrules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code listName(item, i1, i2, …)}: items that only modify the last item's noun — sectors keep
 * their name with the noun, firms and villages are subjects and get the noun alone.
 */
class ListNameTest {
  private static final String RULES = """
      ruleset t
      lexicon up = 增长
      rule pairs
        match   i1:INDICATOR "、" i2:INDICATOR ("、" i3:INDICATOR)? "分别" @up r1:PERCENT "、" r2:PERCENT ("和" r3:PERCENT)?
        emit    indicator = listName(i1, i1, i2, either(i3)), change = r1
        emit    indicator = listName(i2, i1, i2, either(i3)), change = r2
        emit    indicator = listName(i3, i1, i2, i3), change = r3
      """;

  private static List<Object> names(String text) throws Exception {
    return RuleSet.parse(RULES, "t.rules").extract(text).facts().stream().map(f -> f.fields().get("indicator")).toList();
  }

  @Test
  void sectorsKeepTheirName() throws Exception {
    assertThat(names("第一、二、三产业增加值分别增长3.5%、7.8%和8.2%"))
        .containsExactly("第一产业增加值", "第二产业增加值", "第三产业增加值");
    // the sectors are named as the statistics name them, also when the list leaves out 第
    assertThat(names("一、二、三產業分別增長7.4%、16.2%和10.2%")).containsExactly("第一產業", "第二產業", "第三產業");
    assertThat(names("第一、二产业增加值分别增长3%、5%")).containsExactly("第一产业增加值", "第二产业增加值");
    // deposits and loans share 款 and the head before 存
    assertThat(names("金融机构存、贷款余额分别增长3%、5%")).containsExactly("金融机构存款余额", "金融机构贷款余额");
    assertThat(names("农业、工业、服务业增加值分别增长3%、7%和8%")).containsExactly("农业增加值", "工业增加值", "服务业增加值");
    assertThat(names("水、电价格分别增长5%、3%")).containsExactly("水价格", "电价格");
    // products, too: 猪肉、牛肉、羊肉产量 are each a product's output
    assertThat(names("猪肉、牛肉、羊肉产量分别增长1.9%、5.1%和5.0%")).containsExactly("猪肉产量", "牛肉产量", "羊肉产量");
  }

  @Test
  void subjectsGetTheNounAlone() throws Exception {
    assertThat(names("公牛、韩电产值分别增长30%、20%")).containsExactly("产值", "产值");
    assertThat(names("甲村、乙村集体收入分别增长30%、20%")).containsExactly("集体收入", "集体收入");
  }

  @Test
  void nounsStayAsWritten() throws Exception {
    assertThat(names("事故数、亡人数分别增长3%、2%")).containsExactly("事故数", "亡人数");
    assertThat(names("税收、一般公共预算收入分别增长5%、8%")).containsExactly("税收", "一般公共预算收入");
  }

  @Test
  void contextArgumentsDoNotStretchTheFact() throws Exception {
    var facts = RuleSet.parse(RULES, "t.rules").extract("公牛、韩电产值分别增长30%、20%").facts();
    assertThat(facts.get(1).text()).isEqualTo("韩电产值分别增长30%、20%");
  }
}
