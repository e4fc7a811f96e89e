package io.reportrules.quantity.internal;

import java.math.BigDecimal;

/**
 * Reads a whole string as one number: Arabic with 1,234 groups and decimals, full-width digits,
 * Chinese numerals (see {@link ChineseNumerals}), mixed forms (1.2万, 3千, 12亿5千万) and a sign
 * (负3.2, -3.2). Returns null when the string is not exactly one number.
 */
public final class NumberReader {
  private NumberReader() {}

  public static BigDecimal parse(String input) {
    StringBuilder b = new StringBuilder();
    for (char c : input.toCharArray()) {
      if (c >= '\uFF01' && c <= '\uFF5E') {
        c = (char) (c - 0xFEE0);
      }
      if (c != ' ' && c != '\u3000') {
        b.append(ChineseNumerals.common(c));
      }
    }
    String s = b.toString();
    // a money amount written as a number: 壹拾壹元整, 壹拾壹元壹角壹分
    java.util.regex.Matcher money = java.util.regex.Pattern
        .compile("^(?:(.+?)[元圆])?(?:(.)角)?(?:(.)分)?(?:整|正)?$").matcher(s);
    if (money.matches() && (money.group(1) != null || money.group(2) != null || money.group(3) != null)
        && !s.isEmpty() && (s.contains("元") || s.contains("圆") || s.contains("角") || s.contains("分"))) {
      BigDecimal yuan = money.group(1) == null ? BigDecimal.ZERO : parse(money.group(1));
      if (yuan == null) {
        return null;
      }
      BigDecimal jiao = money.group(2) == null ? BigDecimal.ZERO : parse(money.group(2));
      BigDecimal fen = money.group(3) == null ? BigDecimal.ZERO : parse(money.group(3));
      if (jiao == null || fen == null) {
        return null;
      }
      return yuan.add(jiao.movePointLeft(1)).add(fen.movePointLeft(2));
    }
    // 十余万: an approximate count reads as its stated part; 二十几万 as 二十万
    s = s.replaceAll("[余多](?=[十百千万亿萬億])", "").replace('几', '零');
    boolean negative = false;
    if (s.startsWith("负") || s.startsWith("-")) {
      negative = true;
      s = s.substring(1);
    } else if (s.startsWith("正") || s.startsWith("+")) {
      s = s.substring(1);
    }
    if (s.isEmpty()) {
      return null;
    }
    BigDecimal v = unsigned(s);
    return v == null ? null : negative ? v.negate() : v;
  }

  private static BigDecimal unsigned(String s) {
    if (s.length() > 1 && s.chars().allMatch(c -> ChineseNumerals.digit((char) c) >= 0)) {
      // 一二三 read alone is a digit string; in running text the scanner keeps 三四 out
      StringBuilder digits = new StringBuilder();
      s.chars().forEach(c -> digits.append(ChineseNumerals.digit((char) c)));
      return new BigDecimal(digits.toString());
    }
    if (s.chars().allMatch(c -> ChineseNumerals.isNumeralChar((char) c))) {
      return ChineseNumerals.parse(s);
    }
    // 12亿5千万, 1.2万, 3千, 1千零20: an Arabic number followed by multipliers, possibly with more digits
    s = s.replace("零", "").replace("〇", "");
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal section = null;
    int i = 0;
    int lastPower = Integer.MAX_VALUE;
    while (i < s.length()) {
      int j = i;
      while (j < s.length() && (StandardQuantityScanner.isDigit(s.charAt(j)) || s.charAt(j) == '.' || s.charAt(j) == ',')) {
        j++;
      }
      if (j == i) {
        return null;
      }
      BigDecimal n;
      try {
        n = new BigDecimal(s.substring(i, j).replace(",", ""));
      } catch (NumberFormatException e) {
        return null;
      }
      int power = 0;
      int k = j;
      while (k < s.length() && ChineseNumerals.unitPower(s.charAt(k)) > 0) {
        power += ChineseNumerals.unitPower(s.charAt(k));
        k++;
      }
      if (k == j && k < s.length()) {
        return null;
      }
      if (power >= lastPower) {
        return null;
      }
      lastPower = power;
      section = n.multiply(BigDecimal.TEN.pow(power));
      total = total.add(section);
      i = k;
    }
    return section == null ? null : total;
  }
}
