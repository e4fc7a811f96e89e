package io.reportrules.maven;

import io.reportrules.Severity;
import io.reportrules.maven.internal.ViolationGate;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Runs the rule sets like {@code extract} and fails the build when the documents carry
 * violations at or above {@code violationSeverity}, more than {@code maxAllowedViolations}. Each
 * violation is logged as {@code path:line:column: severity: message [rule]}; the count line that
 * follows is also the failure message.
 *
 * @since 0.1.0
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class CheckMojo extends AbstractRunMojo {

  /**
   * The least severity that counts against the build: {@code error}, {@code warning} or
   * {@code info}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "reportrules.violationSeverity", defaultValue = "error")
  private String violationSeverity;

  /**
   * How many counted violations the build tolerates.
   *
   * @since 0.1.0
   */
  @Parameter(property = "reportrules.maxAllowedViolations", defaultValue = "0")
  private int maxAllowedViolations;

  /**
   * Whether counted violations beyond the maximum fail the build; when false they are only logged.
   *
   * @since 0.1.0
   */
  @Parameter(property = "reportrules.failOnViolation", defaultValue = "true")
  private boolean failOnViolation;

  /**
   * Rule ids ({@code ruleset/check} or just {@code check}) whose violations are not counted.
   *
   * @since 0.1.0
   */
  @Parameter(property = "reportrules.violationIgnore")
  private List<String> violationIgnore;

  /**
   * Whether every counted violation is logged on its own line.
   *
   * @since 0.1.0
   */
  @Parameter(property = "reportrules.consoleOutput", defaultValue = "true")
  private boolean consoleOutput;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip()) {
      getLog().info("ReportRules: skipped");
      return;
    }
    Severity threshold;
    try {
      threshold = Severity.parse(violationSeverity);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("ReportRules: violationSeverity must be error, warning or info, found '" + violationSeverity + "'");
    }
    ViolationGate gate = new ViolationGate(threshold, maxAllowedViolations, violationIgnore == null ? List.of() : violationIgnore);
    ViolationGate.Verdict verdict = gate.judge(run().report());
    if (consoleOutput) {
      verdict.lines().forEach(line -> getLog().error(line));
    }
    if (verdict.failed() && failOnViolation) {
      throw new MojoFailureException(verdict.countLine());
    }
    if (verdict.counted() > 0) {
      getLog().warn(verdict.countLine());
    } else {
      getLog().info(verdict.countLine());
    }
  }
}
