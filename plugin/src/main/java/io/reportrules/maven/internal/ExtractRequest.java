package io.reportrules.maven.internal;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Everything one extraction run needs, taken from the mojo's parameters.
 *
 * @param documentRoots folders whose documents are read (each document's report path is relative
 *     to its root)
 * @param includes Ant-style globs of documents to read, relative to a root
 * @param excludes Ant-style globs of documents to leave out
 * @param ruleFiles rule files or folders of {@code *.rules} files
 * @param ruleSetNames rule sets resolved from the classpath by name (e.g. {@code std.indicators})
 * @param outputFile where the JSON report goes
 * @param encoding the documents' encoding, or null to detect it per document
 * @param baseDir the project root: relative paths are shown from it in messages and SARIF
 * @param outputDirectory where the formats other than JSON go
 * @param formats output formats: json (always, to outputFile), sarif, html, csv
 * @param threads how many documents are processed at once (1 or more)
 * @param cacheFile where results are kept between runs; null for no cache
 * @param maxDocumentBytes larger documents are reported and skipped
 */
public record ExtractRequest(
    List<Path> documentRoots,
    List<String> includes,
    List<String> excludes,
    List<Path> ruleFiles,
    List<String> ruleSetNames,
    Path outputFile,
    Charset encoding,
    Path baseDir,
    Path outputDirectory,
    java.util.Set<String> formats,
    int threads,
    Path cacheFile,
    long maxDocumentBytes) {

  /** The output formats there are. */
  public static final List<String> FORMATS = List.of("json", "sarif", "html", "csv");

  /** A request without a cache, with the default document size limit (for tools and tests). */
  public ExtractRequest(List<Path> documentRoots, List<String> includes, List<String> excludes, List<Path> ruleFiles,
      List<String> ruleSetNames, Path outputFile, Charset encoding, Path baseDir, Path outputDirectory,
      java.util.Set<String> formats, int threads, Path cacheFile) {
    this(documentRoots, includes, excludes, ruleFiles, ruleSetNames, outputFile, encoding, baseDir, outputDirectory,
        formats, threads, cacheFile, DocumentReader.DEFAULT_MAX_BYTES);
  }

  public ExtractRequest {
    documentRoots = List.copyOf(documentRoots);
    includes = List.copyOf(includes);
    excludes = List.copyOf(excludes);
    ruleFiles = List.copyOf(ruleFiles);
    ruleSetNames = List.copyOf(ruleSetNames);
    Objects.requireNonNull(outputFile, "outputFile");
    Objects.requireNonNull(baseDir, "baseDir");
    formats = java.util.Set.copyOf(formats);
    for (String f : formats) {
      if (!FORMATS.contains(f)) {
        throw new IllegalArgumentException("unknown format '" + f + "'; known: " + FORMATS);
      }
    }
    if (maxDocumentBytes < 1) {
      throw new IllegalArgumentException("maxDocumentBytes must be positive, found " + maxDocumentBytes);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be 1 or more, found " + threads);
    }
    if (includes.isEmpty()) {
      throw new IllegalArgumentException("at least one include pattern is needed");
    }
  }
}
