package io.reportrules.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Runs rule sets over a folder of reports and writes the {@code reportrules/1} JSON report.
 * Works inside a project and from any folder without one.
 *
 * @since 0.1.0
 */
@Mojo(name = "extract", defaultPhase = LifecyclePhase.PROCESS_RESOURCES, threadSafe = true, requiresProject = false)
public class ExtractMojo extends AbstractRunMojo {

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip()) {
      getLog().info("ReportRules: skipped");
      return;
    }
    run();
  }
}
