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
}
