package io.reportrules.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.reportrules.RuleSet;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports the executor writes are valid against docs/schema/reportrules-1.schema.json. */
class ReportSchemaTest {
  @TempDir Path dir;

  @Test
  void producedReportsMatchTheSchema() throws Exception {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(docs.resolve("a.txt"), "全年完成地区生产总值102亿元,增长14%;财政收入xx亿元。\n");
    Files.writeString(docs.resolve("b.html"), "<html><body><p>工业产值下降4.8%</p></body></html>");
    Files.write(docs.resolve("c.txt"), new byte[] {0, 1, 2});
    List<RuleSet> rules = List.of(RuleSet.parse("""
        ruleset t
        lexicon up = 增长
        lexicon down = 下降
        rule r
          match indicator:INDICATOR (value:MONEY ","?)? dir:(@up => +1 | @down => -1) rate:PERCENT
          emit  indicator, value, change = signed(rate, dir), kind = kind(), masked = masked(value, rate)
        check masked error "占位符 {text}"
          match MASKED
        """, "t.rules"));
    ExtractRequest request = new ExtractRequest(List.of(docs), List.of("**/*.txt", "**/*.html"), List.of(), List.of(), List.of(),
        dir.resolve("report.json"), null, dir, dir.resolve("out"), Set.of("json"), 1, null);
    new ExtractExecutor(s -> { }, s -> { }).execute(request, rules);

    JsonSchema schema;
    try (InputStream in = Files.newInputStream(Path.of("../docs/schema/reportrules-1.schema.json"))) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
    JsonNode report = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
    Set<ValidationMessage> errors = schema.validate(report);
    assertThat(errors).isEmpty();
    assertThat(report.at("/documents/1/facts/0/span/source/line").asInt()).isEqualTo(1);

    // and the schema does reject what breaks the format
    ((com.fasterxml.jackson.databind.node.ObjectNode) report.at("/documents/0/facts/0/span")).put("line", 0);
    assertThat(schema.validate(report)).isNotEmpty();
  }
}
