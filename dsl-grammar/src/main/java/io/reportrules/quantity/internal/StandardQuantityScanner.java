package io.reportrules.quantity.internal;

import io.reportrules.quantity.Bound;
import io.reportrules.quantity.Quantity;
import io.reportrules.quantity.QuantityScanner;
import io.reportrules.quantity.QuantityType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PLACEHOLDER so that the engine can be built end to end: Arabic digits with 万/亿 and 元/美元,
 * and percentages. The quantities work replaces it with the full recognizers.
 */
public final class StandardQuantityScanner implements QuantityScanner {
  public static final StandardQuantityScanner INSTANCE = new StandardQuantityScanner();

  private static final Pattern FIGURE =
      Pattern.compile(
          "(超过|超|逾|突破|近|约)?([0-9]+(?:\\.[0-9]+)?)(余|多)?(万亿|亿|万)?(元|美元|%|个百分点|倍)?(以上|左右)?");

  private StandardQuantityScanner() {}

  @Override
  public List<Quantity> scan(CharSequence text) {
    List<Quantity> out = new ArrayList<>();
    Matcher m = FIGURE.matcher(text);
    while (m.find()) {
      String unit = m.group(5);
      String mult = m.group(4);
      BigDecimal n = new BigDecimal(m.group(2));
      Bound bound = null;
      if (m.group(1) != null) {
        bound = m.group(1).equals("近") ? Bound.UPPER : m.group(1).equals("约") ? Bound.ABOUT : Bound.LOWER;
      }
      if (m.group(3) != null || "以上".equals(m.group(6))) bound = Bound.LOWER;
      if ("左右".equals(m.group(6))) bound = Bound.ABOUT;
      int start = m.group(1) != null ? m.start(1) : m.start(2);
      int end = m.end();
      QuantityType type;
      String u = (mult == null ? "" : mult) + (unit == null ? "" : unit);
      Double base = null;
      String baseUnit = null;
      if (unit == null) {
        type = QuantityType.NUMBER;
      } else if (unit.equals("%")) {
        type = QuantityType.PERCENT;
      } else if (unit.equals("个百分点")) {
        type = QuantityType.POINTS;
      } else if (unit.equals("倍")) {
        type = QuantityType.MULTIPLE;
      } else {
        type = QuantityType.MONEY;
        BigDecimal f = mult == null ? BigDecimal.ONE : mult.equals("万") ? new BigDecimal("1e4") : mult.equals("亿") ? new BigDecimal("1e8") : new BigDecimal("1e12");
        base = n.multiply(f).doubleValue();
        baseUnit = unit;
      }
      out.add(new Quantity(type, start, end, text.subSequence(start, end).toString(), n.doubleValue(), u.isEmpty() ? null : u, base, baseUnit, bound, false, null, null));
    }
    out.sort(Comparator.comparingInt(Quantity::start).thenComparing(Comparator.comparingInt(Quantity::length).reversed()));
    return out;
  }
}
