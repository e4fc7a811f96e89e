package io.reportrules.quantity.internal;

import java.math.BigDecimal;

/**
 * Reads Chinese numerals: 一 … 九, 两 俩, 〇/零, 十 百 千 万 亿 (and 万亿), 廿 卅, the financial forms
 * 壹 … 玖 拾 佰 仟, and 点 for decimals (三点五). Digit strings such as 二〇二二 read digit by digit.
 */
public final class ChineseNumerals {
  private static final String VARIANTS = "萬億點負幾佰仟拾圓";
  private static final String COMMON = "万亿点负几百千十元";

  /** The lowest and highest variant characters: anything outside is its own common form. */
  private static final char LOW = (char) VARIANTS.chars().min().getAsInt();
  private static final char HIGH = (char) VARIANTS.chars().max().getAsInt();
  /** Common form of every character in [LOW, HIGH]: one array read per character of a document. */
  private static final char[] TABLE = new char[HIGH - LOW + 1];

  static {
    for (int c = LOW; c <= HIGH; c++) {
      int k = VARIANTS.indexOf(c);
      TABLE[c - LOW] = k < 0 ? (char) c : COMMON.charAt(k);
    }
  }

  private ChineseNumerals() {}

  /**
   * The common form of a traditional or financial numeral character (萬 → 万, 佰 → 百, 圓 → 元 …),
   * else {@code c}: one character to one, so offsets hold.
   */
  public static char common(char c) {
    if (c < LOW || c > HIGH) {
      return c;
    }
    return TABLE[c - LOW];
  }

  /** The digit value of a numeral character, or -1. */
  public static int digit(char c) {
    return switch (c) {
      case '零', '〇' -> 0;
      case '一', '壹', '幺' -> 1;
      case '二', '两', '贰', '俩', '兩', '貳', '倆' -> 2;
      case '三', '叁', '參', '叄' -> 3;
      case '四', '肆' -> 4;
      case '五', '伍' -> 5;
      case '六', '陆', '陸' -> 6;
      case '七', '柒' -> 7;
      case '八', '捌' -> 8;
      case '九', '玖' -> 9;
      default -> -1;
    };
  }

  /** The power of ten of a unit character (十 = 1 … 亿 = 8), or -1. */
  public static int unitPower(char c) {
    return switch (c) {
      case '十', '拾' -> 1;
      case '百', '佰' -> 2;
      case '千', '仟' -> 3;
      case '万', '萬' -> 4;
      case '亿', '億' -> 8;
      case '兆' -> 12;
      default -> -1;
    };
  }

  /** True when {@code c} can be part of a Chinese numeral. */
  public static boolean isNumeralChar(char c) {
    return digit(c) >= 0 || unitPower(c) >= 0 || c == '廿' || c == '卅' || c == '点';
  }

  /**
   * The value of a whole numeral, or null when it is not well formed.
   *
   * @param s only numeral characters (see {@link #isNumeralChar})
   */
  public static BigDecimal parse(String s) {
    if (s.isEmpty()) {
      return null;
    }
    int dot = s.indexOf('点');
    if (dot >= 0) {
      BigDecimal whole = dot == 0 ? BigDecimal.ZERO : parse(s.substring(0, dot));
      String frac = s.substring(dot + 1);
      if (whole == null || frac.isEmpty()) {
        return null;
      }
      StringBuilder digits = new StringBuilder();
      for (char c : frac.toCharArray()) {
        int d = digit(c);
        if (d < 0) {
          return null;
        }
        digits.append(d);
      }
      return whole.add(new BigDecimal("0." + digits));
    }
    s = s.replace("廿", "二十").replace("卅", "三十");
    boolean allDigits = s.chars().allMatch(c -> digit((char) c) >= 0);
    if (allDigits) {
      if (s.length() == 1) {
        return BigDecimal.valueOf(digit(s.charAt(0)));
      }
      if (s.length() < 4 && s.indexOf('〇') < 0 && s.indexOf('零') < 0) {
        return null; // 三四 is "three or four", not 34
      }
      StringBuilder b = new StringBuilder();
      for (char c : s.toCharArray()) {
        b.append(digit(c));
      }
      return new BigDecimal(b.toString());
    }
    return parseWithUnits(s);
  }

  private static BigDecimal parseWithUnits(String s) {
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal section = BigDecimal.ZERO;
    long number = -1;
    int lastUnit = 99;
    boolean zeroGap = false;
    int maxBig = 0;
    int lastBig = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int d = digit(c);
      if (d == 0) {
        // 一千零十: 零 marks a skipped place, it is not a digit of the next unit
        zeroGap = true;
        continue;
      }
      if (d > 0) {
        if (number > 0) {
          return null;
        }
        number = d;
        continue;
      }
      int p = unitPower(c);
      if (p < 0) {
        return null;
      }
      if (p >= 4) {
        BigDecimal part = section.add(BigDecimal.valueOf(Math.max(number, 0)));
        if (part.signum() == 0 && total.signum() == 0) {
          part = BigDecimal.ONE;
        }
        boolean repeated = i > 0 && unitPower(s.charAt(i - 1)) >= 4;
        if (p > maxBig || repeated) {
          // 万亿, 四万万, 一亿亿: a larger or repeated big unit scales everything before it
          total = total.add(part).multiply(BigDecimal.TEN.pow(p));
          maxBig = Math.max(maxBig, p);
        } else {
          total = total.add(part.multiply(BigDecimal.TEN.pow(p)));
        }
        section = BigDecimal.ZERO;
        number = -1;
        lastUnit = 99;
        lastBig = p;
        zeroGap = false;
      } else {
        if (p >= lastUnit) {
          return null;
        }
        long n = number < 0 ? 1 : number;
        section = section.add(BigDecimal.valueOf(n).multiply(BigDecimal.TEN.pow(p)));
        number = -1;
        lastUnit = p;
        zeroGap = false;
      }
    }
    if (number > 0) {
      // 三千五 = 3500, 一万三 = 13000: a trailing digit right after a unit counts one place lower.
      boolean afterUnit = s.length() >= 2 && digit(s.charAt(s.length() - 2)) < 0;
      if (!zeroGap && afterUnit && lastUnit > 0 && lastUnit != 99) {
        section = section.add(BigDecimal.valueOf(number).multiply(BigDecimal.TEN.pow(lastUnit - 1)));
      } else if (!zeroGap && afterUnit && lastUnit == 99 && lastBig > 0) {
        section = section.add(BigDecimal.valueOf(number).multiply(BigDecimal.TEN.pow(lastBig - 1)));
      } else {
        section = section.add(BigDecimal.valueOf(number));
      }
    }
    return total.add(section);
  }
}
