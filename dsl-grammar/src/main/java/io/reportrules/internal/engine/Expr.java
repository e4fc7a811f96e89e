package io.reportrules.internal.engine;

import java.util.List;

/** An emitted field's expression, resolved at compile time. */
public sealed interface Expr {
  /** A literal: String, Double, Boolean or null. */
  record Const(Object value) implements Expr {}

  /** A capture, optionally followed by a field path into its value ({@code value.base}). */
  record CaptureRef(int index, List<String> path) implements Expr {}

  /** A field of a fact, by path ({@code change.number}), in {@code when fact} and {@code require}. */
  record FieldRef(List<String> path) implements Expr {}

  /** A built-in function; see {@link Functions}. */
  record Call(String function, List<Expr> args) implements Expr {}

  /**
   * Arithmetic on two numbers, {@code op} one of + - * /. A side that is not a number (null, a
   * text, a figure), or a division by zero, makes the result null.
   */
  record Arith(String op, Expr left, Expr right) implements Expr {
    public Arith {
      if (!List.of("+", "-", "*", "/").contains(op)) {
        throw new IllegalArgumentException("not an arithmetic operator: " + op);
      }
    }

    /** The result on two values, or null. */
    public Double apply(Object l, Object r) {
      if (!(l instanceof Number a) || !(r instanceof Number b)) {
        return null;
      }
      double x = a.doubleValue();
      double y = b.doubleValue();
      return switch (op) {
        case "+" -> x + y;
        case "-" -> x - y;
        case "*" -> x * y;
        default -> y == 0 ? null : x / y;
      };
    }
  }
}
