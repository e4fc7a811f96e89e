package io.reportrules.maven;

import io.reportrules.Diagnostic;
import io.reportrules.RuleSet;
import io.reportrules.maven.internal.RuleSetLoader;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compiles the project's rule files and runs every {@code example} and {@code counterexample} in
 * them. A compile error or a failing example fails the build, each located
 * {@code file:line:column}.
 *
 * @since 0.1.0
 */
@Mojo(name = "test", defaultPhase = LifecyclePhase.TEST, threadSafe = true)
public class TestMojo extends AbstractMojo {

  /**
   * Rule files or folders of {@code *.rules} files to test.
   *
   * @since 0.1.0
   */
  @Parameter(property = "reportrules.rules", defaultValue = "${basedir}/src/main/rules")
  private List<File> rules;

  /**
   * Rule-set names on the plugin's classpath to test as well (e.g. a rule jar's sets).
   *
   * @since 0.1.0
   */
  @Parameter(property = "reportrules.ruleSets")
  private List<String> ruleSets;

  /**
   * Skips the goal; {@code maven.test.skip} and {@code skipTests} skip it too.
   *
   * @since 0.1.0
   */
  @Parameter(property = "reportrules.skip", defaultValue = "false")
  private boolean skip;

  @Parameter(property = "skipTests", defaultValue = "false")
  private boolean skipTests;

  @Parameter(property = "maven.test.skip", defaultValue = "false")
  private boolean mavenTestSkip;

  @Parameter(defaultValue = "${basedir}", readonly = true)
  private File basedir;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip || skipTests || mavenTestSkip) {
      getLog().info("ReportRules: tests skipped");
      return;
    }
    Path base = basedir.toPath();
    List<Path> files = new ArrayList<>();
    for (File f : rules == null ? List.<File>of() : rules) {
      Path p = base.resolve(f.toPath());
      if (Files.exists(p)) {
        files.add(p);
      }
    }
    List<String> names = ruleSets == null ? List.of() : ruleSets;
    if (files.isEmpty() && names.isEmpty()) {
      getLog().info("ReportRules: no rule files to test");
      return;
    }
    List<RuleSet> sets;
    try {
      sets = RuleSetLoader.load(files, names, getClass().getClassLoader(), base);
    } catch (RuleSetLoader.RuleLoadException e) {
      throw new MojoFailureException("Rule files did not compile:\n" + e.getMessage());
    }
    int examples = 0;
    List<Diagnostic> failures = new ArrayList<>();
    for (RuleSet rs : sets) {
      examples += rs.exampleCount();
      failures.addAll(rs.checkExamples());
      rs.warnings().forEach(w -> getLog().warn(w.render()));
    }
    failures.forEach(f -> getLog().error(f.render()));
    String summary = String.format(java.util.Locale.ROOT, "ReportRules: %d rule sets, %d examples, %d failed",
        sets.size(), examples, failures.size());
    if (!failures.isEmpty()) {
      throw new MojoFailureException(summary);
    }
    getLog().info(summary);
  }
}
