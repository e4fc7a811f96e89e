package io.reportrules.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** The check goal, configured from a small POM by the plugin testing harness. */
@MojoTest
class CheckMojoTest {

  @Test
  @InjectMojo(goal = "check", pom = "src/test/resources/unit/check-fails/pom.xml")
  void failsOnAMaskedFigureWithTheCountLine(CheckMojo mojo) throws Exception {
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("ReportRules: 1 violation at or above error (0 allowed)");
    assertThat(Files.readString(Path.of("target/unit/check-fails/report.json"))).contains("std.quality/masked-figure");
  }
}
