package io.reportrules.maven.internal.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.reportrules.RuleInfo;
import io.reportrules.report.DocumentReport;
import io.reportrules.report.ViolationEntry;
import java.io.IOException;
import java.io.OutputStream;

/**
 * SARIF 2.1.0 for code scanning: one run, the checks as {@code tool.driver.rules}, one result per
 * violation. Regions are 1-based lines and UTF-16 columns ({@code columnKind utf16CodeUnits}), end
 * column exclusive; artifact URIs are relative to the project root.
 */
public final class SarifRenderer {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SarifRenderer() {}

  public static void write(RenderContext ctx, OutputStream out) throws IOException {
    MAPPER.writeValue(out, sarif(ctx));
  }

  static ObjectNode sarif(RenderContext ctx) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "ReportRules");
    driver.put("version", ctx.report().tool().version());
    driver.put("informationUri", "https://github.com/reportrules/reportrules");
    ArrayNode rules = driver.putArray("rules");
    for (RuleInfo r : ctx.rules()) {
      if (!r.check()) {
        continue;
      }
      ObjectNode rule = rules.addObject();
      rule.put("id", r.id());
      rule.put("name", r.name());
      rule.putObject("shortDescription").put("text", r.description());
      rule.putObject("fullDescription").put("text", r.description());
      rule.putObject("help").put("text", "Check '" + r.id() + "' of ReportRules: " + r.description()
          + ". See docs/rules-std.md for what it finds and how to fix the document.");
      rule.putObject("defaultConfiguration").put("level", level(r.severity().label()));
    }
    run.put("columnKind", "utf16CodeUnits");
    ArrayNode results = run.putArray("results");
    for (DocumentReport d : ctx.report().documents()) {
      String uri = ctx.projectPaths().getOrDefault(d.path(), d.path());
      String text = ctx.texts().get(d.path());
      for (ViolationEntry v : d.violations()) {
        ObjectNode res = results.addObject();
        res.put("ruleId", v.rule());
        res.put("level", level(v.severity()));
        res.putObject("message").put("text", v.message());
        ObjectNode phys = res.putArray("locations").addObject().putObject("physicalLocation");
        phys.putObject("artifactLocation").put("uri", uri);
        ObjectNode region = phys.putObject("region");
        if (v.span().source() != null) {
          // an HTML document: the region is in the HTML file, where code scanning shows it
          region.put("startLine", v.span().source().line());
          region.put("startColumn", v.span().source().column());
        } else {
          int[] end = endOf(v, text);
          region.put("startLine", v.span().line());
          region.put("startColumn", v.span().column());
          region.put("endLine", end[0]);
          region.put("endColumn", end[1]);
          region.put("charOffset", v.span().start());
          region.put("charLength", v.span().end() - v.span().start());
        }
        region.putObject("snippet").put("text", v.text());
      }
    }
    return root;
  }

  /** End line and exclusive end column of a violation, counting line breaks inside it. */
  private static int[] endOf(ViolationEntry v, String docText) {
    int line = v.span().line();
    int column = v.span().column();
    String t = v.text();
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new int[] {line, column};
  }

  static String level(String severity) {
    return switch (severity) {
      case "error" -> "error";
      case "warning" -> "warning";
      default -> "note";
    };
  }
}
