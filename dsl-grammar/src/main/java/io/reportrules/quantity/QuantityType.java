package io.reportrules.quantity;

/**
 * The typed built-ins of the rule language that the quantity recognizers produce. Each name is
 * usable in a rule pattern exactly as written here (e.g. {@code value:MONEY}).
 */
public enum QuantityType {
  /** A number: Arabic, full-width, Chinese numerals or mixed ({@code 1.2万}, {@code 两千余}). */
  NUMBER,
  /** A percentage or per-mille figure ({@code 14%}, {@code 百分之十四}); unit {@code %} or {@code ‰}. */
  PERCENT,
  /** A change in percentage points ({@code 2.1个百分点}); unit {@code 个百分点}, never a percent. */
  POINTS,
  /** A multiple ({@code 1.2倍}, {@code 翻一番} = 1, {@code 翻两番} = 3); unit {@code 倍}. */
  MULTIPLE,
  /** A money amount with its currency ({@code 102亿元}); base in 元 or the currency's own unit. */
  MONEY,
  /**
   * A money amount written without 元 ({@code 1100余万}, {@code 超3亿}): a number with a 万/亿
   * multiplier and no unit, read as 元. Only rules that ask for it see it.
   */
  BARE_MONEY,
  /** A measured quantity: a number and a unit of the unit lexicon ({@code 2.9万吨}). */
  MEASURE,
  /** A range of two figures ({@code 3到5万元}, {@code 10%—12%}, {@code 三四万吨}); low and high. */
  RANGE,
  /** A year ({@code 2022年}, {@code 二〇二二年}, {@code 20xx年}). */
  YEAR,
  /** A period ({@code 上半年}, {@code 1-10月}, {@code “十四五”}). */
  PERIOD,
  /** Any figure whose digits are replaced by a placeholder ({@code xx亿元}, {@code X.X%}, {@code **}). */
  MASKED
}
