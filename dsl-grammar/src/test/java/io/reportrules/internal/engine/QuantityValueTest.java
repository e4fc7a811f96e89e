package io.reportrules.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.reportrules.quantity.Quantity;
import io.reportrules.quantity.QuantityScanner;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link QuantityValue#field} reads one field exactly as {@link QuantityValue#toMap} states it. */
class QuantityValueTest {
  @ParameterizedTest
  @ValueSource(strings = {"102亿元", "增长14%", "提高两个百分点", "3到5万元", "1100余万", "xx亿元", "2.9万吨", "翻两番"})
  void fieldAgreesWithTheMap(String text) {
    Quantity q = QuantityScanner.standard().scan(text).stream()
        .max(java.util.Comparator.comparingInt(Quantity::length)).orElseThrow();
    for (QuantityValue v : new QuantityValue[] {
        QuantityValue.of(q),
        new QuantityValue(q, q.text(), q.number(), true),
        new QuantityValue(q, "下降" + q.text(), q.number() == null ? null : -q.number(), false)}) {
      Map<String, Object> map = v.toMap();
      for (Map.Entry<String, Object> e : map.entrySet()) {
        assertThat(v.field(e.getKey())).as(text + " " + e.getKey()).isEqualTo(e.getValue());
      }
      assertThat(v.field("nothing")).isNull();
    }
  }
}
