package io.reportrules.maven.internal;

import io.reportrules.Severity;
import io.reportrules.report.DocumentReport;
import io.reportrules.report.Report;
import io.reportrules.report.ViolationEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Decides whether a report's violations fail the build, and words them for the console. */
public final class ViolationGate {
  private final Severity threshold;
  private final int maxAllowed;
  private final List<String> ignore;

  public ViolationGate(Severity threshold, int maxAllowed, List<String> ignore) {
    if (maxAllowed < 0) {
      throw new IllegalArgumentException("maxAllowedViolations must be 0 or more, found " + maxAllowed);
    }
    this.threshold = threshold;
    this.maxAllowed = maxAllowed;
    this.ignore = ignore.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /**
   * @param lines one {@code path:line:column: severity: message [rule]} per counted violation
   * @param counted how many violations count against the build
   * @param failed whether that is more than allowed
   */
  public record Verdict(List<String> lines, int counted, boolean failed, String countLine) {}

  public Verdict judge(Report report) {
    List<String> lines = new ArrayList<>();
    for (DocumentReport d : report.documents()) {
      for (ViolationEntry v : d.violations()) {
        if (!counts(v)) {
          continue;
        }
        // HTML documents are located in their source file, where an editor opens them
        int line = v.span().source() != null ? v.span().source().line() : v.span().line();
        int column = v.span().source() != null ? v.span().source().column() : v.span().column();
        lines.add(String.format(Locale.ROOT, "%s:%d:%d: %s: %s [%s]",
            d.path(), line, column, v.severity(), v.message(), v.rule()));
      }
    }
    int n = lines.size();
    String countLine = String.format(Locale.ROOT, "ReportRules: %d violation%s at or above %s (%d allowed)",
        n, n == 1 ? "" : "s", threshold.label(), maxAllowed);
    return new Verdict(lines, n, n > maxAllowed, countLine);
  }

  private boolean counts(ViolationEntry v) {
    if (!Severity.parse(v.severity()).atLeast(threshold)) {
      return false;
    }
    String shortName = v.rule().substring(v.rule().indexOf('/') + 1);
    return !ignore.contains(v.rule()) && !ignore.contains(shortName);
  }
}
