package io.reportrules.internal.engine;

import io.reportrules.quantity.Quantity;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A figure as a field value, possibly transformed by a function (signed changes carry the
 * direction word in their text and a signed number).
 */
public record QuantityValue(Quantity quantity, String text, Double number, boolean full) {

  private static final String[] TYPE_NAMES = java.util.Arrays.stream(io.reportrules.quantity.QuantityType.values())
      .map(t -> t.name().toLowerCase(java.util.Locale.ROOT)).toArray(String[]::new);

  public static QuantityValue of(Quantity q) {
    return new QuantityValue(q, q.text(), q.number(), false);
  }

  public boolean masked() {
    return quantity.masked();
  }

  /** The base value, with the sign a function such as signed() gave the number. */
  private Double base() {
    double factor = number == null || quantity.number() == null || quantity.number() == 0
        ? 1 : number / quantity.number();
    return quantity.base() == null ? null : quantity.base() * Math.signum(factor);
  }

  /** One field of {@link #toMap()} without building the map; null for a field it lacks. */
  public Object field(String name) {
    switch (name) {
      case "text":
        return text;
      case "number":
        return number;
      case "unit":
        return quantity.unit();
      case "base":
        return base();
      case "baseUnit":
        return quantity.baseUnit();
      case "bound":
        return quantity.bound() == null ? null : quantity.bound().json();
      case "masked":
        return quantity.masked();
      case "type":
        return full ? TYPE_NAMES[quantity.type().ordinal()] : null;
      case "low":
        return full ? quantity.low() : null;
      case "high":
        return full ? quantity.high() : null;
      default:
        return null;
    }
  }

  /** The report-format object: text, number, unit, base, baseUnit, bound, masked (+ type, low, high when full). */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>(16);
    if (full) {
      m.put("type", TYPE_NAMES[quantity.type().ordinal()]);
    }
    m.put("text", text);
    m.put("number", number);
    m.put("unit", quantity.unit());
    m.put("base", base());
    m.put("baseUnit", quantity.baseUnit());
    m.put("bound", quantity.bound() == null ? null : quantity.bound().json());
    m.put("masked", quantity.masked());
    if (full) {
      m.put("low", quantity.low());
      m.put("high", quantity.high());
    }
    return m;
  }
}
