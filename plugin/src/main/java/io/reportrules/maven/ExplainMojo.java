package io.reportrules.maven;

import io.reportrules.Explanation;
import io.reportrules.RuleSet;
import io.reportrules.maven.internal.DocumentReader;
import io.reportrules.maven.internal.ExtractRequest;
import java.io.File;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * For rule authors: shows what one rule matched in a text, or how far its closest attempt got and
 * what it expected there. {@code -Dreportrules.rule=std.indicators/amount-with-change
 * -Dreportrules.text=…}, or a document and a line instead of the text.
 *
 * @since 0.1.0
 */
@Mojo(name = "explain", threadSafe = true, requiresProject = false)
public class ExplainMojo extends AbstractRunMojo {

  /**
   * The rule or check: {@code ruleset/rule}, or just the rule's name when it is unique.
   *
   * @since 0.1.0
   */
  @Parameter(property = "reportrules.rule", required = true)
  private String rule;

  /**
   * The text to explain the rule on.
   *
   * @since 0.1.0
   */
  @Parameter(property = "reportrules.text")
  private String text;

  /**
   * A document to take the text from, instead of {@code text}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "reportrules.document")
  private File document;

  /**
   * With {@code document}: the 1-based line to explain; 0 for the whole document.
   *
   * @since 0.1.0
   */
  @Parameter(property = "reportrules.line", defaultValue = "0")
  private int line;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    String input = input();
    ExtractRequest request = request();
    List<RuleSet> sets = ruleSets(request);
    String ruleSetName = rule.contains("/") ? rule.substring(0, rule.indexOf('/')) : null;
    String ruleName = rule.contains("/") ? rule.substring(rule.indexOf('/') + 1) : rule;
    List<RuleSet> candidates = sets.stream()
        .filter(rs -> (ruleSetName == null || rs.name().equals(ruleSetName)) && rs.ruleNames().contains(ruleName))
        .toList();
    if (candidates.isEmpty()) {
      throw new MojoFailureException("ReportRules: no rule '" + rule + "' in " + sets.stream().map(RuleSet::name).toList());
    }
    if (candidates.size() > 1) {
      throw new MojoFailureException("ReportRules: '" + rule + "' is in several rule sets; name one: "
          + candidates.stream().map(rs -> rs.name() + "/" + ruleName).toList());
    }
    Explanation e = candidates.get(0).explain(ruleName, input);
    for (String l : e.render(input).split("\n")) {
      getLog().info(l);
    }
  }

  private String input() throws MojoExecutionException {
    if (text != null && !text.isEmpty()) {
      return text;
    }
    if (document == null) {
      throw new MojoExecutionException("ReportRules: give -Dreportrules.text=… or -Dreportrules.document=… (and -Dreportrules.line=…)");
    }
    try {
      String all = new DocumentReader(null, DocumentReader.DEFAULT_MAX_BYTES).read(document.toPath()).text();
      if (line <= 0) {
        return all;
      }
      String[] lines = all.split("\n", -1);
      if (line > lines.length) {
        throw new MojoExecutionException("ReportRules: " + document + " has " + lines.length + " lines, not " + line);
      }
      return lines[line - 1];
    } catch (DocumentReader.UnreadableDocumentException e) {
      throw new MojoExecutionException("ReportRules: " + document + " " + e.getMessage());
    }
  }
}
