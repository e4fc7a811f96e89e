package io.reportrules.internal.engine;

import io.reportrules.quantity.QuantityType;
import io.reportrules.quantity.internal.StandardQuantityScanner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The built-in functions of emit expressions.
 *
 * <ul>
 *   <li>{@code signed(rate, dir)}: the figure {@code rate} with its number multiplied by the sign
 *       of {@code dir} (a mapped +1/-1) and its text running from the direction word; a RANGE
 *       (增长6%-7%) of %, ‰, 个百分点 or 倍 takes its low end as the number and shows its type, low
 *       and high; a range of other units is no rate: null;
 *   <li>{@code kind()}: actual, estimate or target, from the sentence and section of the match;
 *   <li>{@code masked(a, b, …)}: true when any argument is a masked figure;
 *   <li>{@code quantity(q)}: the figure with its type, low and high as well;
 *   <li>{@code text(x)}: the text a capture matched;
 *   <li>{@code either(a, b, …)}: the first argument that is bound (not null);
 *   <li>{@code sentenceHas("预计")}: true when the sentence up to the end of the match holds the word;
 *   <li>{@code sectionHas("工作安排")}: true when the nearest heading above the match holds the word;
 *   <li>{@code concat(a, b, …)}: the texts of its arguments joined (a string as written, an
 *       indicator as trimmed, a figure as written); null when any argument is null;
 *   <li>{@code sameHead(a, b)}: true when two noun phrases end in the same two characters, their
 *       head in Chinese (数字经济增加值 and 核心产业增加值), so that "a和b增长…" is one change of two;
 *   <li>{@code startsWith(a, "翻")}: true when the text of {@code a} as written (a figure, a capture,
 *       a string) starts with the prefix.
 * </ul>
 */
public final class Functions {
  /** Name → number of arguments (-1: any). */
  public static final Map<String, Integer> ARITY =
      Map.ofEntries(Map.entry("signed", 2), Map.entry("kind", 0), Map.entry("masked", -1), Map.entry("quantity", 1),
          Map.entry("text", 1), Map.entry("either", -1), Map.entry("sentenceHas", 1), Map.entry("sectionHas", 1),
          Map.entry("concat", -1), Map.entry("sameHead", 2), Map.entry("startsWith", 2),
          Map.entry("sharedBound", 2), Map.entry("listName", -1));

  /**
   * Functions whose arguments after the first are read for context only (the other items of a
   * list, the figure a bound comes from): they neither make an emit wait for those captures nor
   * stretch its fact's text over them.
   */
  static final Set<String> CONTEXT_AFTER_FIRST = Set.of("listName", "sharedBound");

  /** Functions whose arguments must be typed figures, by position. */
  public static final Set<String> FIGURE_FIRST = Set.of("signed", "quantity", "sharedBound");

  /** Units of a RANGE that signed() reads as a rate of change. */
  private static final Set<String> RATE_UNITS = Set.of("%", "‰", "个百分点", "倍");

  private Functions() {}

  static Object call(String name, List<Evaluator.Val> args, Evaluator.Scope scope) {
    return switch (name) {
      case "signed" -> signed(args.get(0), args.get(1), scope.doc().text());
      case "kind" -> KindResolver.kind(scope.doc(), scope.start(), scope.end());
      case "masked" -> {
        boolean masked = false;
        for (Evaluator.Val v : args) {
          masked |= v.value() instanceof QuantityValue q && q.masked();
        }
        yield masked;
      }
      case "quantity" ->
          args.get(0).value() instanceof QuantityValue q
              ? new QuantityValue(q.quantity(), q.text(), q.number(), true)
              : null;
      // text functions compare folded forms: 長 and 长, ％ and % are the same to a rule
      case "sentenceHas" -> args.get(0).value() instanceof String w
          && KindResolver.sentenceUpTo(scope.doc(), scope.start(), scope.end()).contains(Folding.fold(w));
      case "sectionHas" -> args.get(0).value() instanceof String w
          && Folding.fold(scope.doc().sections().headingAt(scope.start())).contains(Folding.fold(w));
      case "concat" -> concat(args);
      case "sameHead" -> args.get(0).value() instanceof String a && args.get(1).value() instanceof String b
          && a.length() >= 2 && b.length() >= 2
          && Folding.fold(a).regionMatches(a.length() - 2, Folding.fold(b), b.length() - 2, 2);
      case "startsWith" -> startsWith(written(args.get(0), scope), args.get(1).value());
      case "sharedBound" -> sharedBound(args.get(0), args.get(1));
      case "listName" -> listName(args);
      case "text" -> args.get(0).start() < 0 ? null : scope.doc().text().substring(args.get(0).start(), args.get(0).end());
      default -> throw new IllegalStateException("unknown function " + name);
    };
  }

  /**
   * {@code v} bounded as {@code first} is, when first's bound word stands before its number and
   * v has none: in 分别首超30亿元和20亿元 the 首超 bounds both amounts; 30亿元以上和20亿元 only the first.
   */
  private static Object sharedBound(Evaluator.Val v, Evaluator.Val first) {
    if (!(v.value() instanceof QuantityValue q) || q.quantity().bound() != null
        || !(first.value() instanceof QuantityValue f) || f.quantity().bound() == null
        || !StandardQuantityScanner.startsWithBoundWord(f.quantity().text())) {
      return v.value();
    }
    io.reportrules.quantity.Quantity a = q.quantity();
    io.reportrules.quantity.Quantity bounded = new io.reportrules.quantity.Quantity(a.type(), a.start(), a.end(), a.text(),
        a.number(), a.unit(), a.base(), a.baseUnit(), f.quantity().bound(), a.masked(), a.low(), a.high());
    return new QuantityValue(bounded, q.text(), q.number(), q.full());
  }

  /** Last characters of words that name a quantity themselves (税收, 利润, 支出, 房价 …): no modifier. */
  private static final String NOUN_ENDS = "入额值量数率资出税润费款金价利积收";
  /** Sectors and areas that are part of a statistical indicator's name (农业增加值, 第一产业, 城镇…). */
  private static final java.util.regex.Pattern PART_OF_NAME =
      java.util.regex.Pattern.compile(".*业|第?[一二三四五六七八九]+产?|城镇|农村|城市|乡村|城区|进口|出口|.?[水电气油煤粮肉菜蛋奶房茶果]");

  /**
   * listName(item, i1, i2, …): the name of one item of a list (i1 、 i2 、 … 分别 …) whose items
   * before the last only modify the last item's noun. A sector or area is part of the name
   * (农业、工业、服务业增加值 → 农业增加值; 第一、二、三产业增加值 → 第一产业增加值); any other modifier —
   * a firm, a village — is the subject, not the indicator, so every item is named by the shared
   * noun alone, as written (公牛、韩电产值 → 产值 for both). The noun is the last item past its
   * first character that ends the item before it (业 in 服务业), else minus as many characters as
   * that item has. Items that name a quantity themselves (事故数、亡人数; 税收、一般公共预算收入)
   * stay as they are.
   */
  private static Object listName(List<Evaluator.Val> args) {
    Object item = args.get(0).value();
    List<String> items = new ArrayList<>();
    for (Evaluator.Val v : args.subList(1, args.size())) {
      if (v.value() instanceof String s) {
        items.add(s);
      }
    }
    if (!(item instanceof String name) || items.size() < 2) {
      return item;
    }
    return ordinalSector(listItemName(name, items));
  }

  /**
   * 存、贷款余额: deposits and loans share 款 and what follows it, and whatever stands before 存
   * (金融机构存、贷款余额 → 金融机构存款余额, 金融机构贷款余额); null for any other list.
   */
  private static String depositsAndLoans(String name, List<String> items) {
    if (items.size() != 2) {
      return null;
    }
    String first = items.get(0);
    String second = items.get(1);
    String f = Folding.fold(first);
    String l = Folding.fold(second);
    if (!(f.endsWith("存") && l.startsWith("贷款") || f.endsWith("贷") && l.startsWith("存款")) || l.length() < 3) {
      return null;
    }
    return name.equals(first) ? first + second.substring(1) : first.substring(0, first.length() - 1) + second;
  }

  /** 一、二、三产业 names 第一产业, 第二产业, 第三产业: the sectors' names as the statistics write them. */
  private static String ordinalSector(String name) {
    return SECTOR_WITHOUT_ORDINAL.matcher(name).lookingAt() ? "第" + name : name;
  }

  private static final java.util.regex.Pattern SECTOR_WITHOUT_ORDINAL = java.util.regex.Pattern.compile("[一二三][产產][业業]");

  private static String listItemName(String name, List<String> items) {
    String shared = depositsAndLoans(name, items);
    if (shared != null) {
      return shared;
    }
    String last = items.get(items.size() - 1);
    // decided on folded forms (traditional items read as simplified), cut from the items as written
    String lastFolded = Folding.fold(last);
    String prev = Folding.fold(items.get(items.size() - 2));
    boolean isLast = name.equals(last);
    if (!modifier(prev) || (!isLast && !modifier(Folding.fold(name)))) {
      return name;
    }
    int cut = lastFolded.indexOf(prev.charAt(prev.length() - 1)) + 1;
    // 第一、二产业: the last item leaves out 第, so the noun starts after as many numerals as 一
    cut = cut > 0 ? cut : prev.startsWith("第") && !lastFolded.startsWith("第") ? prev.length() - 1 : prev.length();
    if (last.length() - cut < 2) {
      return name;
    }
    String noun = last.substring(cut);
    if (PART_OF_NAME.matcher(prev).matches()) {
      return isLast ? name : name + noun;
    }
    return noun;
  }

  private static boolean modifier(String s) {
    return !s.isEmpty() && s.length() <= 2 && NOUN_ENDS.indexOf(s.charAt(s.length() - 1)) < 0;
  }

  private static boolean startsWith(String text, Object prefix) {
    return text != null && prefix instanceof String p && Folding.fold(text).startsWith(Folding.fold(p));
  }

  /** A value's text as written: a figure's text, a string, else the text its capture matched. */
  private static String written(Evaluator.Val v, Evaluator.Scope scope) {
    if (v.value() instanceof QuantityValue q) {
      return q.text();
    }
    if (v.value() instanceof String s) {
      return s;
    }
    return v.start() < 0 ? null : scope.doc().text().substring(v.start(), v.end());
  }

  private static String concat(List<Evaluator.Val> args) {
    StringBuilder out = new StringBuilder();
    for (Evaluator.Val v : args) {
      Object x = v.value();
      if (x == null) {
        return null;
      }
      out.append(x instanceof QuantityValue q ? q.text() : RuleSetEngine.format(x));
    }
    return out.toString();
  }

  private static Object signed(Evaluator.Val rate, Evaluator.Val dir, String doc) {
    if (!(rate.value() instanceof QuantityValue q)) {
      return null;
    }
    double sign = dir.value() instanceof Number n && n.doubleValue() < 0 ? -1 : 1;
    boolean range = q.quantity().type() == QuantityType.RANGE;
    if (range && !RATE_UNITS.contains(q.quantity().unit())) {
      return null; // 增加100-200万元 is an amount, not a rate of change
    }
    // a range of change (增长6%-7%) is at least its low end: that is its number, both ends stay
    range &= q.number() == null && q.quantity().low() != null;
    Double written = range ? q.quantity().low() : q.number();
    // a decline written with its sign (降幅为-24.05%, 下降-5%) is a decline all the same
    Double number = written == null ? null : (sign < 0 && written > 0 ? -written : written);
    String text = q.text();
    if (dir.start() >= 0 && rate.start() >= 0 && dir.end() <= rate.start()) {
      // the change reads from its direction word (下降4.8%), unless other figures stand between
      String between = doc.substring(dir.end(), rate.start());
      if (between.chars().noneMatch(Character::isDigit)) {
        text = dir.text() + between + q.text();
      }
    }
    return new QuantityValue(q.quantity(), text, number, q.full() || range);
  }
}
