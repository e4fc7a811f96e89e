package io.reportrules.internal.engine;

/** A {@code when} condition on a match: comparisons of emit expressions joined by and/or/not. */
public sealed interface Condition {
  record Not(Condition inner) implements Condition {}

  record And(Condition left, Condition right) implements Condition {}

  record Or(Condition left, Condition right) implements Condition {}

  /** {@code op} is one of = != < <= > >=. */
  record Compare(Expr left, String op, Expr right) implements Condition {}

  /** The condition on a match: expressions are evaluated on its captures. */
  static boolean test(Condition c, Evaluator ev, RawMatch m, Evaluator.Scope scope) {
    return test(c, e -> Evaluator.toJson(ev.eval(e, m, scope)));
  }

  /** Text tests usable in fact conditions: contains(a, b), startsWith(a, b), endsWith(a, b). */
  java.util.List<String> TEXT_TESTS = java.util.List.of("contains", "startsWith", "endsWith");

  /** The condition on a fact: field references read its fields; text tests give true or false. */
  static boolean test(Condition c, io.reportrules.Fact fact) {
    return test(c, e -> factValue(e, fact));
  }

  private static Object factValue(Expr e, io.reportrules.Fact fact) {
    if (e instanceof Expr.FieldRef f) {
      return ExampleRunner.lookup(fact.fields(), f.path());
    }
    if (e instanceof Expr.Const k) {
      return k.value();
    }
    if (e instanceof Expr.Arith a) {
      return a.apply(factValue(a.left(), fact), factValue(a.right(), fact));
    }
    if (e instanceof Expr.Call call) {
      Object a = factValue(call.args().get(0), fact);
      Object b = factValue(call.args().get(1), fact);
      if (!(a instanceof String p) || !(b instanceof String q)) {
        return false;
      }
      // folded, as the patterns read text: 率 ends 增長率 and 增长率 alike
      String x = Folding.fold(p);
      String y = Folding.fold(q);
      return switch (call.function()) {
        case "contains" -> x.contains(y);
        case "startsWith" -> x.startsWith(y);
        default -> x.endsWith(y);
      };
    }
    return null;
  }

  /**
   * True when the condition holds. Numbers compare by value; other values only with = and !=; an
   * order comparison with a missing (null) or non-numeric side is false.
   */
  static boolean test(Condition c, java.util.function.Function<Expr, Object> values) {
    if (c instanceof Not n) {
      return !test(n.inner(), values);
    }
    if (c instanceof And a) {
      return test(a.left(), values) && test(a.right(), values);
    }
    if (c instanceof Or o) {
      return test(o.left(), values) || test(o.right(), values);
    }
    Compare cmp = (Compare) c;
    Object l = values.apply(cmp.left());
    Object r = values.apply(cmp.right());
    if (l instanceof Number ln && r instanceof Number rn) {
      int sign = Double.compare(ln.doubleValue(), rn.doubleValue());
      return switch (cmp.op()) {
        case "=" -> sign == 0;
        case "!=" -> sign != 0;
        case "<" -> sign < 0;
        case "<=" -> sign <= 0;
        case ">" -> sign > 0;
        default -> sign >= 0;
      };
    }
    boolean equal = l == null ? r == null
        : l instanceof String ls && r instanceof String rs ? Folding.fold(ls).equals(Folding.fold(rs)) : l.equals(r);
    return switch (cmp.op()) {
      case "=" -> equal;
      case "!=" -> !equal;
      default -> false;
    };
  }
}
