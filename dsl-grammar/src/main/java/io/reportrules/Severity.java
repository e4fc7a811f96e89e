package io.reportrules;

import java.util.Locale;

/** How serious a violation or a diagnostic is. Ordered from most to least serious. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  /** The spelling used in rule files, reports and console lines: error, warning, info. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses error, warning or info (any case). */
  public static Severity parse(String label) {
    return valueOf(label.trim().toUpperCase(Locale.ROOT));
  }

  /** True when this is at least as serious as {@code other}. */
  public boolean atLeast(Severity other) {
    return ordinal() <= other.ordinal();
  }
}
