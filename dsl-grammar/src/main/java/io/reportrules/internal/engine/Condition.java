package io.reportrules.internal.engine;

/** A {@code when} condition on a match: comparisons of emit expressions joined by and/or/not. */
public sealed interface Condition {
  record Not(Condition inner) implements Condition {}

  record And(Condition left, Condition right) implements Condition {}

  record Or(Condition left, Condition right) implements Condition {}

  /** {@code op} is one of = != < <= > >=. */
  record Compare(Expr left, String op, Expr right) implements Condition {}

  /**
   * True when the condition holds. Numbers compare by value; other values only with = and !=; an
   * order comparison with a missing (null) or non-numeric side is false.
   */
  static boolean test(Condition c, Evaluator ev, RawMatch m, Evaluator.Scope scope) {
    if (c instanceof Not n) {
      return !test(n.inner(), ev, m, scope);
    }
    if (c instanceof And a) {
      return test(a.left(), ev, m, scope) && test(a.right(), ev, m, scope);
    }
    if (c instanceof Or o) {
      return test(o.left(), ev, m, scope) || test(o.right(), ev, m, scope);
    }
    Compare cmp = (Compare) c;
    Object l = Evaluator.toJson(ev.eval(cmp.left(), m, scope));
    Object r = Evaluator.toJson(ev.eval(cmp.right(), m, scope));
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
    boolean equal = l == null ? r == null : l.equals(r);
    return switch (cmp.op()) {
      case "=" -> equal;
      case "!=" -> !equal;
      default -> false;
    };
  }
}
