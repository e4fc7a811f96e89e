package io.reportrules.maven.internal.render;

import io.reportrules.RuleInfo;
import io.reportrules.report.Report;
import java.util.List;
import java.util.Map;

/**
 * What renderers need besides the report: the rules that ran, each document's text (to show a
 * finding in its sentence) and each document's path relative to the project root (for SARIF).
 *
 * @param texts document path (as in the report) → decoded text
 * @param projectPaths document path (as in the report) → path relative to the project root, '/' separated
 */
public record RenderContext(Report report, List<RuleInfo> rules, Map<String, String> texts, Map<String, String> projectPaths) {}
