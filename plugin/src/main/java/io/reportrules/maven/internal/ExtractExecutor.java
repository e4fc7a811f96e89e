package io.reportrules.maven.internal;

import io.reportrules.Extractor;
import io.reportrules.RuleSet;
import io.reportrules.report.DocumentReport;
import io.reportrules.report.Report;
import io.reportrules.report.ReportBuilder;
import io.reportrules.report.ReportWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import io.reportrules.RuleInfo;
import io.reportrules.maven.internal.render.CsvRenderer;
import io.reportrules.maven.internal.render.HtmlRenderer;
import io.reportrules.maven.internal.render.RenderContext;
import io.reportrules.maven.internal.render.SarifRenderer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Does the work of the extract goal: find documents, run the rule sets, write the report. */
public final class ExtractExecutor {
  private final Consumer<String> warn;
  private final Consumer<String> info;

  /**
   * @param warn where per-document problems are reported (a document that cannot be read)
   * @param info where progress of long runs is reported
   */
  public ExtractExecutor(Consumer<String> warn, Consumer<String> info) {
    this.warn = warn;
    this.info = info;
  }

  /** Reports documents done / total, at most every few seconds, for long runs. */
  static final class Progress {
    private static final long EVERY_NANOS = 5_000_000_000L;
    private final int total;
    private final Consumer<String> out;
    private final java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicLong last = new java.util.concurrent.atomic.AtomicLong(System.nanoTime());

    Progress(int total, Consumer<String> out) {
      this.total = total;
      this.out = out;
    }

    void documentDone() {
      int n = done.incrementAndGet();
      long now = System.nanoTime();
      long before = last.get();
      if (now - before >= EVERY_NANOS && n < total && last.compareAndSet(before, now)) {
        out.accept("ReportRules: " + n + " / " + total + " documents");
      }
    }
  }

  /** The report and what the run took. */
  public record Result(Report report, long millis) {}

  public Result execute(ExtractRequest request, List<RuleSet> ruleSets) throws IOException {
    long t0 = System.nanoTime();
    Extractor extractor = new Extractor(ruleSets);
    ReportBuilder builder = new ReportBuilder(ruleSets);
    DocumentFinder finder = new DocumentFinder(request.includes(), request.excludes());
    DocumentReader reader = new DocumentReader(request.encoding(), request.maxDocumentBytes());
    boolean keepTexts = request.formats().contains("html") || request.formats().contains("sarif");
    Map<String, String> texts = new java.util.concurrent.ConcurrentHashMap<>();
    Map<String, String> projectPaths = new java.util.concurrent.ConcurrentHashMap<>();
    List<Path[]> documents = new java.util.ArrayList<>();
    for (Path root : request.documentRoots()) {
      if (!Files.isDirectory(root)) {
        throw new IOException("documents folder " + root + " does not exist");
      }
      for (Path rel : finder.find(root)) {
        documents.add(new Path[] {root, rel});
      }
    }
    // documents are independent and the extractor is thread-safe; the report is sorted by path,
    // so it is the same whatever the number of threads
    DocumentCache cache = request.cacheFile() == null ? null : DocumentCache.open(request.cacheFile(), cacheKey(request, ruleSets));
    java.util.concurrent.atomic.AtomicInteger reused = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(Math.max(1, request.threads()));
    try {
      List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
      Progress progress = new Progress(documents.size(), info);
      for (Path[] d : documents) {
        done.add(pool.submit(() -> {
          Path root = d[0];
          Path rel = d[1];
          String path = rel.toString().replace('\\', '/');
          try {
            projectPaths.put(path, display(request, root.resolve(rel)));
            String hash = cache == null ? null : DocumentCache.sha256(Files.readAllBytes(root.resolve(rel)));
            DocumentReport cached = cache == null ? null : cache.lookup(path, hash);
            if (cached != null && !keepTexts) {
              builder.add(cached);
              reused.incrementAndGet();
              progress.documentDone();
              return null;
            }
            DocumentReader.Text text = reader.read(root.resolve(rel));
            String content = text.text();
            HtmlText html = null;
            if (isHtml(path)) {
              html = HtmlText.parse(content);
              content = html.text();
            }
            DocumentReport report = cached != null ? cached
                : ReportBuilder.document(path, text.encoding(), content, extractor.extract(content), html);
            if (cached != null) {
              reused.incrementAndGet();
            } else if (cache != null) {
              cache.put(path, hash, report);
            }
            builder.add(report);
            if (keepTexts) {
              texts.put(path, content);
            }
          } catch (DocumentReader.UnreadableDocumentException e) {
            warn.accept(display(request, root.resolve(rel)) + ": skipped: " + e.getMessage());
            builder.addUnreadable(path, e.getMessage());
          }
          progress.documentDone();
          return null;
        }));
      }
      for (java.util.concurrent.Future<?> f : done) {
        try {
          f.get();
        } catch (java.util.concurrent.ExecutionException e) {
          throw new IOException("extraction failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted");
        }
      }
    } finally {
      pool.shutdownNow();
    }
    Report report = builder.build();
    ReportWriter.write(report, request.outputFile());
    if (cache != null) {
      cache.save();
      int n = documents.size();
      if (n > 0 && reused.get() == n) {
        info.accept("ReportRules: nothing changed since the last run; all " + n + " documents came from the cache");
      } else if (reused.get() > 0) {
        info.accept("ReportRules: " + (n - reused.get()) + " of " + n + " documents changed and were run again; the others came from the cache");
      }
    }
    if (!texts.isEmpty() || request.formats().stream().anyMatch(f -> !f.equals("json"))) {
      List<RuleInfo> rules = ruleSets.stream().flatMap(r -> r.rules().stream()).toList();
      RenderContext ctx = new RenderContext(report, rules, texts, projectPaths);
      Path dir = request.outputDirectory();
      if (request.formats().contains("sarif")) {
        ReportWriter.writeAtomically(dir.resolve("report.sarif"), out -> SarifRenderer.write(ctx, out));
      }
      if (request.formats().contains("html")) {
        ReportWriter.writeAtomically(dir.resolve("report.html"), out -> HtmlRenderer.write(ctx, out));
      }
      if (request.formats().contains("csv")) {
        ReportWriter.writeAtomically(dir.resolve("facts.csv"), out -> CsvRenderer.write(ctx, out));
      }
    }
    return new Result(report, (System.nanoTime() - t0) / 1_000_000);
  }

  /** Plugin version, rule sets' content and the configuration that changes results. */
  static String cacheKey(ExtractRequest request, List<RuleSet> ruleSets) {
    StringBuilder k = new StringBuilder(ReportBuilder.version()).append('|');
    ruleSets.forEach(r -> k.append(r.name()).append('=').append(r.sha256()).append(';'));
    k.append('|').append(request.encoding()).append('|').append(request.includes()).append('|').append(request.excludes());
    return DocumentCache.sha256(k.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  static boolean isHtml(String path) {
    String p = path.toLowerCase(java.util.Locale.ROOT);
    return p.endsWith(".html") || p.endsWith(".htm") || p.endsWith(".xhtml");
  }

  static String display(ExtractRequest request, Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path base = request.baseDir().toAbsolutePath().normalize();
    return (abs.startsWith(base) ? base.relativize(abs) : abs).toString().replace('\\', '/');
  }
}
