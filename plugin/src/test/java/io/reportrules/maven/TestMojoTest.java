package io.reportrules.maven;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** The test goal fails the build on a wrong example and counts it. */
@MojoTest
class TestMojoTest {

  @Test
  @InjectMojo(goal = "test", pom = "src/test/resources/unit/test-goal/pom.xml")
  void wrongExampleFailsTheBuild(TestMojo mojo) {
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("ReportRules: 1 rule sets, 1 examples, 1 failed");
  }
}
