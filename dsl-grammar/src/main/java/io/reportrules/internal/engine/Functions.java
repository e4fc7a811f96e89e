package io.reportrules.internal.engine;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The built-in functions of emit expressions.
 *
 * <ul>
 *   <li>{@code signed(rate, dir)}: the figure {@code rate} with its number multiplied by the sign
 *       of {@code dir} (a mapped +1/-1) and its text running from the direction word;
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
 *       head in Chinese (数字经济增加值 and 核心产业增加值), so that "a和b增长…" is one change of two.
 * </ul>
 */
public final class Functions {
  /** Name → number of arguments (-1: any). */
  public static final Map<String, Integer> ARITY =
      Map.of("signed", 2, "kind", 0, "masked", -1, "quantity", 1, "text", 1, "either", -1,
          "sentenceHas", 1, "sectionHas", 1, "concat", -1, "sameHead", 2);

  /** Functions whose arguments must be typed figures, by position. */
  static final Set<String> FIGURE_FIRST = Set.of("signed", "quantity");

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
      case "sentenceHas" -> args.get(0).value() instanceof String w
          && KindResolver.sentenceUpTo(scope.doc(), scope.start(), scope.end()).contains(w);
      case "sectionHas" -> args.get(0).value() instanceof String w && scope.doc().sections().headingAt(scope.start()).contains(w);
      case "concat" -> concat(args);
      case "sameHead" -> args.get(0).value() instanceof String a && args.get(1).value() instanceof String b
          && a.length() >= 2 && b.length() >= 2 && a.regionMatches(a.length() - 2, b, b.length() - 2, 2);
      case "text" -> args.get(0).start() < 0 ? null : scope.doc().text().substring(args.get(0).start(), args.get(0).end());
      default -> throw new IllegalStateException("unknown function " + name);
    };
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
    Double number = q.number() == null ? null : (sign < 0 && q.number() != 0 ? -q.number() : q.number());
    String text = q.text();
    if (dir.start() >= 0 && rate.start() >= 0 && dir.end() <= rate.start()) {
      // the change reads from its direction word (下降4.8%), unless other figures stand between
      String between = doc.substring(dir.end(), rate.start());
      if (between.chars().noneMatch(Character::isDigit)) {
        text = dir.text() + between + q.text();
      }
    }
    return new QuantityValue(q.quantity(), text, number, q.full());
  }
}
