package io.reportrules.maven;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

/** Parameters that make no sense stop the extract goal with a sentence, before any work. */
@MojoTest
class ExtractMojoTest {

  @Test
  @InjectMojo(goal = "extract", pom = "src/test/resources/unit/bad-format/pom.xml")
  void unknownFormatIsNamed(ExtractMojo mojo) {
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("ReportRules: unknown format 'pdf'; use json, sarif, html, csv");
  }
}
