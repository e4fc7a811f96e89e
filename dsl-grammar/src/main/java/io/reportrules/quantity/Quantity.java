package io.reportrules.quantity;

import java.util.Objects;

/**
 * One recognized figure in a text.
 *
 * <p>{@code start} and {@code end} are UTF-16 offsets into the scanned text (end exclusive), and
 * {@code text} is exactly {@code source.substring(start, end)}, including any bound words that
 * belong to the figure ({@code 超过112亿元}, {@code 3500余亩}).
 *
 * @param type what kind of figure this is
 * @param start first UTF-16 offset of the figure
 * @param end UTF-16 offset just past the figure
 * @param text the figure as written
 * @param number the value as written, in the written unit ({@code 102亿元} → 102); null when masked
 *     or for a RANGE (see low/high)
 * @param unit the unit as written ({@code 亿元}, {@code %}, {@code 个百分点}, {@code 万吨}); null when
 *     none
 * @param base the value in base units with the multiplier applied ({@code 102亿元} → 1.02E10); null
 *     when masked or without a base
 * @param baseUnit the unit of {@code base} ({@code 元}, {@code 美元}, {@code 吨}); null when none
 * @param bound the bound a qualifier puts on the figure, or null
 * @param masked true when digits are replaced by a placeholder (number and base are then null)
 * @param low for RANGE, the low end in the written unit; else null
 * @param high for RANGE, the high end in the written unit; else null
 */
public record Quantity(
    QuantityType type,
    int start,
    int end,
    String text,
    Double number,
    String unit,
    Double base,
    String baseUnit,
    Bound bound,
    boolean masked,
    Double low,
    Double high) {

  public Quantity {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
    if (text.length() != end - start) {
      throw new IllegalArgumentException(
          "text '" + text + "' does not fit span [" + start + ", " + end + ")");
    }
    if (masked && number != null) {
      throw new IllegalArgumentException("a masked figure has no number: " + text);
    }
  }

  /** Length in UTF-16 code units. */
  public int length() {
    return end - start;
  }
}
