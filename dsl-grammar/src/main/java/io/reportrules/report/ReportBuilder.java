package io.reportrules.report;

import io.reportrules.Extraction;
import io.reportrules.Fact;
import io.reportrules.RuleSet;
import io.reportrules.Severity;
import io.reportrules.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** Assembles a {@link Report}: documents in path order, so reports of the same corpus diff cleanly. */
public final class ReportBuilder {
  private final List<RuleSet> ruleSets;
  private final List<DocumentReport> documents = new ArrayList<>();

  public ReportBuilder(List<RuleSet> ruleSets) {
    this.ruleSets = List.copyOf(ruleSets);
  }

  /** Adds a document that was read and run. */
  public synchronized ReportBuilder add(String path, String encoding, String text, Extraction extraction) {
    documents.add(document(path, encoding, text, extraction));
    return this;
  }

  /** Adds a document that could not be read. */
  public synchronized ReportBuilder addUnreadable(String path, String error) {
    documents.add(DocumentReport.unreadable(path, error));
    return this;
  }

  /** Adds a document built elsewhere (e.g. taken from a cache). */
  public synchronized ReportBuilder add(DocumentReport document) {
    documents.add(document);
    return this;
  }

  /** Maps an offset of extracted text to its place in the source file (HTML documents). */
  @FunctionalInterface
  public interface SourceMap {
    SourcePosition at(int offset);
  }

  public static DocumentReport document(String path, String encoding, String text, Extraction extraction) {
    return document(path, encoding, text, extraction, null);
  }

  /** A document whose text was extracted from a source file; {@code source} may be null. */
  public static DocumentReport document(String path, String encoding, String text, Extraction extraction, SourceMap source) {
    LineIndex lines = new LineIndex(text);
    List<FactEntry> facts = new ArrayList<>();
    for (Fact f : extraction.facts()) {
      facts.add(new FactEntry(f.rule(), span(lines, f.start(), f.end(), source), f.text(), f.fields()));
    }
    List<ViolationEntry> violations = new ArrayList<>();
    for (Violation v : extraction.violations()) {
      violations.add(new ViolationEntry(v.rule(), v.severity().label(), v.message(), span(lines, v.start(), v.end(), source), v.text()));
    }
    return new DocumentReport(path, encoding, text.length(), facts, violations, null);
  }

  private static Span span(LineIndex lines, int start, int end, SourceMap source) {
    Span s = lines.span(start, end);
    return source == null ? s : new Span(s.start(), s.end(), s.line(), s.column(), source.at(start));
  }

  public synchronized Report build() {
    List<DocumentReport> sorted = new ArrayList<>(documents);
    sorted.sort(Comparator.comparing(DocumentReport::path));
    int facts = 0;
    int unreadable = 0;
    Map<String, Integer> bySeverity = new LinkedHashMap<>();
    for (Severity s : Severity.values()) {
      bySeverity.put(s.label(), 0);
    }
    Map<String, Integer> rules = new LinkedHashMap<>();
    for (RuleSet rs : ruleSets) {
      // a rule that emits nothing never gives a fact: counting it would always say "never fired"
      rs.rules().stream().filter(r -> !r.claimsOnly()).forEach(r -> rules.put(r.id(), 0));
    }
    for (DocumentReport d : sorted) {
      d.facts().forEach(f -> rules.merge(f.rule(), 1, Integer::sum));
      d.violations().forEach(v -> rules.merge(v.rule(), 1, Integer::sum));
      facts += d.facts().size();
      unreadable += d.error() != null ? 1 : 0;
      for (ViolationEntry v : d.violations()) {
        bySeverity.merge(v.severity(), 1, Integer::sum);
      }
    }
    List<RuleSetEntry> sets = ruleSets.stream().map(r -> new RuleSetEntry(r.name(), r.source(), r.sha256())).toList();
    return new Report(Report.FORMAT, new ToolEntry("reportrules", version()), sets, sorted,
        new Summary(sorted.size(), facts, bySeverity, unreadable, rules));
  }

  /** The version of this library, from the build. */
  public static String version() {
    try (InputStream in = ReportBuilder.class.getResourceAsStream("/io/reportrules/version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
