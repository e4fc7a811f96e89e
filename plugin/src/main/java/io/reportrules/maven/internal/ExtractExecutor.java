package io.reportrules.maven.internal;

import io.reportrules.Extractor;
import io.reportrules.RuleSet;
import io.reportrules.report.Report;
import io.reportrules.report.ReportBuilder;
import io.reportrules.report.ReportWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** Does the work of the extract goal: find documents, run the rule sets, write the report. */
public final class ExtractExecutor {
  private final Consumer<String> warn;

  /** @param warn where per-document problems are reported (a document that cannot be read) */
  public ExtractExecutor(Consumer<String> warn) {
    this.warn = warn;
  }

  /** The report and what the run took. */
  public record Result(Report report, long millis) {}

  public Result execute(ExtractRequest request, List<RuleSet> ruleSets) throws IOException {
    long t0 = System.nanoTime();
    Extractor extractor = new Extractor(ruleSets);
    ReportBuilder builder = new ReportBuilder(ruleSets);
    DocumentFinder finder = new DocumentFinder(request.includes(), request.excludes());
    DocumentReader reader = new DocumentReader(request.encoding(), DocumentReader.DEFAULT_MAX_BYTES);
    for (Path root : request.documentRoots()) {
      if (!Files.isDirectory(root)) {
        throw new IOException("documents folder " + root + " does not exist");
      }
      for (Path rel : finder.find(root)) {
        String path = rel.toString().replace('\\', '/');
        try {
          DocumentReader.Text text = reader.read(root.resolve(rel));
          builder.add(path, text.encoding(), text.text(), extractor.extract(text.text()));
        } catch (DocumentReader.UnreadableDocumentException e) {
          warn.accept(display(request, root.resolve(rel)) + ": skipped: " + e.getMessage());
          builder.addUnreadable(path, e.getMessage());
        }
      }
    }
    Report report = builder.build();
    ReportWriter.write(report, request.outputFile());
    return new Result(report, (System.nanoTime() - t0) / 1_000_000);
  }

  static String display(ExtractRequest request, Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path base = request.baseDir().toAbsolutePath().normalize();
    return (abs.startsWith(base) ? base.relativize(abs) : abs).toString().replace('\\', '/');
  }
}
