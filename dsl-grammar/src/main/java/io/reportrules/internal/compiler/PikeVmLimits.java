package io.reportrules.internal.compiler;

/** Bounds the compiler enforces so that every program runs in linear time. */
final class PikeVmLimits {
  /** Largest n in a gap …{m,n}. */
  static final int MAX_GAP = 500;

  private PikeVmLimits() {}
}
