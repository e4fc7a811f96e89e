package io.reportrules.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A copy that lost every percent sign: bare numbers after change words read as percents, and only there. */
class DroppedPercentTest {
  private static List<String> percents(String text) {
    return QuantityScanner.standard().scan(text).stream()
        .filter(q -> q.type() == QuantityType.PERCENT)
        .map(Quantity::text)
        .toList();
  }

  @Test
  void readsBareRatesOfADocumentWithoutPercentSigns() {
    assertThat(percents("劳务收入 12 亿元,比上年增长 50;产值 23 亿元,税金 8000 万元,分别比上年增长 21 和 9.4。"))
        .containsExactly("50", "21", "9.4");
    assertThat(percents("中外游客11.5万人次,旅游综合收入1522.8万元,分别比上年增长17和11。")).containsExactly("17", "11");
  }

  @Test
  void leavesBareNumbersAloneWhereTheDocumentWritesPercentSigns() {
    assertThat(percents("劳务收入 12 亿元,比上年增长 50;利润增长3%。")).containsExactly("3%");
  }

  @Test
  void aListItemContinuesOnlyAChainOfRates() {
    assertThat(percents("新建学校 3 和 5 所,比上年增长 8。")).containsExactly("8");
  }
}
