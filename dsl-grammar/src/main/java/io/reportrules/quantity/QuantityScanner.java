package io.reportrules.quantity;

import java.util.List;

/**
 * Finds every figure in a text. Immutable and thread-safe once built.
 *
 * <p>Contract used by the matching engine:
 *
 * <ul>
 *   <li>The result is sorted by {@code start}, then by descending length.
 *   <li>For each start offset and each {@link QuantityType}, at most one quantity: the longest
 *       reading of that type starting there.
 *   <li>A figure is reported under every type it can be read as: {@code 102亿元} gives MONEY
 *       {@code 102亿元} and NUMBER {@code 102亿} at the same start; {@code 超过112亿元} gives MONEY
 *       {@code 超过112亿元} (bound LOWER) at the start of 超过 and MONEY {@code 112亿元} at the start
 *       of 112, so a rule can take the bound word as part of the figure or leave it out.
 *   <li>Work is linear in the length of the text.
 * </ul>
 */
public interface QuantityScanner {

  /** Every figure in {@code text}, in the order stated above. */
  List<Quantity> scan(CharSequence text);

  /** The scanner with the bundled unit lexicon. */
  static QuantityScanner standard() {
    return io.reportrules.quantity.internal.StandardQuantityScanner.INSTANCE;
  }
}
