package io.reportrules.maven;

import io.reportrules.RuleSet;
import io.reportrules.maven.internal.ExtractExecutor;
import io.reportrules.maven.internal.ExtractRequest;
import io.reportrules.maven.internal.RuleSetLoader;
import io.reportrules.report.Summary;
import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The parameters every goal that runs rule sets over documents shares, and the run itself.
 */
abstract class AbstractRunMojo extends AbstractMojo {

  /**
   * Folders of documents to read; every matching file below them is a document.
   *
   * @since 0.1.0
   */
  @Parameter(property = "reportrules.documents", defaultValue = "${basedir}/src/main/reports")
  private List<File> documents;

  /**
   * Ant-style patterns of the documents to read, relative to a documents folder.
   *
   * @since 0.1.0
   */
  @Parameter(property = "reportrules.includes", defaultValue = "**/*.txt,**/*.md,**/*.html,**/*.htm")
  private List<String> includes;

  /**
   * Ant-style patterns of documents to leave out.
   *
   * @since 0.1.0
   */
  @Parameter(property = "reportrules.excludes")
  private List<String> excludes;

  /**
   * Rule files or folders of {@code *.rules} files to run. An entry that is not an existing file
   * or folder is taken as a rule-set name on the classpath (like {@code ruleSets}). When neither
   * {@code rules} nor {@code ruleSets} is given, the standard rule sets run.
   *
   * @since 0.1.0
   */
  @Parameter(property = "reportrules.rules")
  private List<String> rules;

  /**
   * Names of rule sets on the plugin's classpath, e.g. {@code std.indicators}; rule jars added as
   * plugin dependencies contribute theirs.
   *
   * @since 0.1.0
   */
  @Parameter(property = "reportrules.ruleSets")
  private List<String> ruleSets;

  /**
   * The JSON report to write.
   *
   * @since 0.1.0
   */
  @Parameter(property = "reportrules.outputFile", defaultValue = "${project.build.directory}/reportrules/report.json")
  private File outputFile;

  /**
   * Encoding of the documents; when empty each document's encoding is detected (byte-order mark,
   * then UTF-8, then GB18030).
   *
   * @since 0.1.0
   */
  @Parameter(property = "reportrules.encoding")
  private String encoding;

  /**
   * Skips the goal.
   *
   * @since 0.1.0
   */
  @Parameter(property = "reportrules.skip", defaultValue = "false")
  private boolean skip;

  /**
   * Where the formats other than JSON are written: {@code report.sarif}, {@code report.html},
   * {@code facts.csv}. The JSON report goes to {@code outputFile}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "reportrules.outputDirectory", defaultValue = "${project.build.directory}/reportrules")
  private File outputDirectory;

  /**
   * Output formats, comma-separated: {@code json} (always written), {@code sarif}, {@code html},
   * {@code csv}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "reportrules.formats", defaultValue = "json")
  private List<String> formats;

  /**
   * How many documents are processed at once; 0 means one per available processor.
   *
   * @since 0.1.0
   */
  @Parameter(property = "reportrules.threads", defaultValue = "1")
  private int threads;

  /**
   * Whether to keep results between runs and extract only documents that changed. The cache is
   * keyed by the plugin version, the rule sets' content and the configuration.
   *
   * @since 0.1.0
   */
  @Parameter(property = "reportrules.useCache", defaultValue = "true")
  private boolean useCache;

  /**
   * Largest document read, in bytes; larger ones are reported and skipped.
   *
   * @since 0.1.0
   */
  @Parameter(property = "reportrules.maxDocumentSize", defaultValue = "67108864")
  private long maxDocumentSize;

  @Parameter(defaultValue = "${project.build.directory}/reportrules/cache/documents.json", readonly = true)
  private File cacheFile;

  @Parameter(defaultValue = "${basedir}", readonly = true)
  private File basedir;

  /** Compiles the rule sets, runs them over the documents and writes the JSON report. */
  ExtractExecutor.Result run() throws MojoExecutionException, MojoFailureException {
    ExtractRequest request = request();
    List<RuleSet> sets = ruleSets(request);
    ExtractExecutor.Result result;
    try {
      result = new ExtractExecutor(getLog()::warn, getLog()::info).execute(request, sets);
    } catch (IOException e) {
      throw new MojoExecutionException("ReportRules: " + e.getMessage());
    }
    Summary s = result.report().summary();
    getLog().info(String.format(Locale.ROOT,
        "ReportRules: %d documents, %d facts, %d violations (%d error, %d warning, %d info)%s in %.1f s -> %s",
        s.documents(), s.facts(),
        s.violations().values().stream().mapToInt(Integer::intValue).sum(),
        s.violations().get("error"), s.violations().get("warning"), s.violations().get("info"),
        s.unreadable() > 0 ? ", " + s.unreadable() + " unreadable" : "",
        result.millis() / 1000.0, request.outputFile()));
    logCoverage(s);
    return result;
  }

  /** Compiles the request's rule files and rule sets; compile errors fail the build, located. */
  List<RuleSet> ruleSets(ExtractRequest request) throws MojoFailureException {
    try {
      return RuleSetLoader.load(request.ruleFiles(), request.ruleSetNames(), getClass().getClassLoader(), request.baseDir());
    } catch (RuleSetLoader.RuleLoadException e) {
      throw new MojoFailureException("Rule files did not compile:\n" + e.getMessage());
    }
  }

  /** How often each rule fired (debug), and the rules that never fired (a warning to act on). */
  private void logCoverage(Summary s) {
    if (s.documents() == s.unreadable()) {
      return;
    }
    s.rules().forEach((rule, n) -> getLog().debug("ReportRules: " + rule + " fired " + n + " times"));
    List<String> silent = s.rules().entrySet().stream().filter(e -> e.getValue() == 0).map(java.util.Map.Entry::getKey).toList();
    if (!silent.isEmpty()) {
      getLog().warn("ReportRules: " + silent.size() + " of " + s.rules().size() + " rules never fired on these documents: "
          + String.join(", ", silent));
    }
  }

  boolean skip() {
    return skip;
  }

  ExtractRequest request() throws MojoExecutionException {
    Path base = basedir != null ? basedir.toPath() : Path.of("").toAbsolutePath();
    List<Path> ruleFiles = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (String r : nonEmpty(rules)) {
      Path p = base.resolve(r);
      if (p.toFile().exists() || r.endsWith(".rules") || r.contains("/") || r.contains("\\")) {
        ruleFiles.add(p);
      } else {
        names.add(r);
      }
    }
    names.addAll(nonEmpty(ruleSets));
    if (ruleFiles.isEmpty() && names.isEmpty()) {
      names.addAll(RuleSetLoader.STANDARD);
    }
    Charset cs = null;
    if (encoding != null && !encoding.isBlank()) {
      try {
        cs = Charset.forName(encoding.trim());
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        throw new MojoExecutionException("ReportRules: unknown encoding '" + encoding + "'");
      }
    }
    List<Path> roots = documents.stream().map(f -> base.resolve(f.toPath())).toList();
    java.util.Set<String> fmts = new java.util.TreeSet<>();
    for (String f : nonEmpty(formats)) {
      String lower = f.toLowerCase(Locale.ROOT);
      if (!ExtractRequest.FORMATS.contains(lower)) {
        throw new MojoExecutionException("ReportRules: unknown format '" + f + "'; use " + String.join(", ", ExtractRequest.FORMATS));
      }
      fmts.add(lower);
    }
    return new ExtractRequest(roots, nonEmpty(includes), nonEmpty(excludes), ruleFiles, names,
        resolved(base, outputFile), cs, base, resolved(base, outputDirectory), fmts,
        threads <= 0 ? Runtime.getRuntime().availableProcessors() : threads,
        useCache ? resolved(base, cacheFile) : null, maxDocumentSize);
  }

  /**
   * A path parameter resolved against the base folder. Without a project Maven leaves
   * {@code ${project.basedir}} in defaults such as the output file; it stands for the current folder.
   */
  static Path resolved(Path base, File file) {
    String p = file.getPath();
    for (String marker : new String[] {"${project.basedir}", "${basedir}"}) {
      int at = p.lastIndexOf(marker);
      if (at >= 0) {
        // Maven may already have prefixed the folder: keep only what follows the marker
        return base.resolve(p.substring(at + marker.length()).replaceFirst("^[/\\\\]+", ""));
      }
    }
    return base.resolve(p);
  }

  private static List<String> nonEmpty(List<String> values) {
    List<String> out = new ArrayList<>();
    if (values != null) {
      for (String v : values) {
        for (String part : v.split(",")) {
          if (!part.isBlank()) {
            out.add(part.trim());
          }
        }
      }
    }
    return out;
  }
}
