package io.reportrules.quantity;

/** How a written qualifier bounds a figure: 余/以上 (lower), 近/以下 (upper), 约/左右 (about). */
public enum Bound {
  LOWER,
  UPPER,
  ABOUT;

  /** The report-format spelling: {@code lower}, {@code upper}, {@code about}. */
  public String json() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
