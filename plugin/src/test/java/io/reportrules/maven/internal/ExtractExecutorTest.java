package io.reportrules.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.reportrules.RuleSet;
import io.reportrules.report.DocumentReport;
import io.reportrules.report.Report;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The executor reads every document it can, skips the others, and gives the same report on any number of threads. */
class ExtractExecutorTest {
  @TempDir Path dir;

  private ExtractRequest request(Path docs, Path out, int threads) {
    return new ExtractRequest(List.of(docs), List.of("**/*.txt", "**/*.html"), List.of(), List.of(), List.of(),
        out, null, dir, dir.resolve("out"), Set.of("json"), threads, null);
  }

  private static List<RuleSet> rules() throws Exception {
    return List.of(RuleSet.parse("""
        ruleset t
        lexicon up = 增长
        rule r
          match indicator:INDICATOR value:MONEY (","? @up rate:PERCENT)?
        """, "t.rules"));
  }

  @Test
  void sameReportOnOneAndManyThreads() throws Exception {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    for (int i = 0; i < 30; i++) {
      Files.writeString(docs.resolve("d" + i + ".txt"), "全年完成地区生产总值" + (100 + i) + "亿元,增长" + i + "%。\n");
    }
    List<String> warnings = new ArrayList<>();
    new ExtractExecutor(warnings::add, s -> { }).execute(request(docs, dir.resolve("one.json"), 1), rules());
    new ExtractExecutor(warnings::add, s -> { }).execute(request(docs, dir.resolve("many.json"), 4), rules());
    assertThat(Files.readString(dir.resolve("many.json"))).isEqualTo(Files.readString(dir.resolve("one.json")));
    assertThat(warnings).isEmpty();
  }

  @Test
  void encodingsAreDetectedAndBadDocumentsSkipped() throws Exception {
    Path docs = Files.createDirectories(dir.resolve("enc"));
    String text = "全年完成地区生产总值102亿元,增长14%。\n";
    Files.write(docs.resolve("gbk.txt"), text.getBytes(Charset.forName("GB18030")));
    byte[] utf16 = text.getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[utf16.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(utf16, 0, withBom, 2, utf16.length);
    Files.write(docs.resolve("utf16.txt"), withBom);
    Files.write(docs.resolve("bom8.txt"), ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
    Files.write(docs.resolve("binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 1});
    Files.writeString(docs.resolve("zz-large.txt"), "大".repeat(200));
    List<String> warnings = new ArrayList<>();
    ExtractRequest small = new ExtractRequest(List.of(docs), List.of("**/*.txt"), List.of(), List.of(), List.of(),
        dir.resolve("r.json"), null, dir, dir.resolve("out"), Set.of("json"), 2, null, 500);
    Report report = new ExtractExecutor(warnings::add, s -> { }).execute(small, rules()).report();
    assertThat(report.documents()).extracting(DocumentReport::path)
        .containsExactly("binary.txt", "bom8.txt", "gbk.txt", "utf16.txt", "zz-large.txt");
    assertThat(report.documents()).extracting(DocumentReport::encoding).containsExactly(null, "UTF-8", "GB18030", "UTF-16LE", null);
    assertThat(report.documents().get(4).error()).isEqualTo("is 600 bytes, over the limit of 500 bytes");
    assertThat(report.documents().subList(1, 4)).allSatisfy(d -> assertThat(d.facts()).hasSize(1));
    assertThat(report.documents().get(1).facts().get(0).span().start()).as("a BOM is not text").isEqualTo(4);
    assertThat(report.documents().get(0).error()).contains("binary");
    assertThat(warnings).hasSize(2).anySatisfy(w -> assertThat(w).contains("binary.txt: skipped"));
  }

  @Test
  void anHtmlDataTableIsReadAsAStatisticalTable() throws Exception {
    Path docs = Files.createDirectories(dir.resolve("html"));
    Files.writeString(docs.resolve("t.html"), "<html><body><p>主要指标</p><table>"
        + "<tr><td>指标</td><td>绝对数(万元)</td><td>比上年增长(%)</td></tr>"
        + "<tr><td>地区生产总值</td><td>1737125</td><td>-8.7</td></tr></table></body></html>");
    List<RuleSet> rules = List.of(RuleSet.parse("""
        ruleset t
        rule row
          match ROW_START indicator:INDICATOR " | " value:MONEY " | " rate:PERCENT
        """, "t.rules"));
    Report report = new ExtractExecutor(s -> { }, s -> { }).execute(request(docs, dir.resolve("t.json"), 1), rules).report();
    assertThat(report.documents().get(0).facts()).singleElement().satisfies(f -> {
      assertThat(f.text()).isEqualTo("地区生产总值 | 1737125 | -8.7");
      assertThat(f.fields().toString()).contains("1.737125E10").contains("-8.7");
    });
  }

  @Test
  void rerunReusesUnchangedDocumentsAndRerunsChangedOnes() throws Exception {
    Path docs = Files.createDirectories(dir.resolve("inc"));
    Files.writeString(docs.resolve("a.txt"), "全年完成地区生产总值102亿元,增长14%。\n");
    Files.writeString(docs.resolve("b.txt"), "财政收入3.2亿元,增长5%。\n");
    Path cache = dir.resolve("cache.json");
    List<String> info = new ArrayList<>();
    ExtractRequest req = new ExtractRequest(List.of(docs), List.of("**/*.txt"), List.of(), List.of(), List.of(),
        dir.resolve("r.json"), null, dir, dir.resolve("out"), Set.of("json"), 1, cache);
    new ExtractExecutor(s -> { }, info::add).execute(req, rules());
    String first = Files.readString(dir.resolve("r.json"));
    assertThat(info).isEmpty();

    new ExtractExecutor(s -> { }, info::add).execute(req, rules());
    assertThat(info).containsExactly("ReportRules: nothing changed since the last run; all 2 documents came from the cache");
    assertThat(Files.readString(dir.resolve("r.json"))).isEqualTo(first);

    info.clear();
    Files.writeString(docs.resolve("b.txt"), "财政收入3.5亿元,增长9%。\n");
    Report report = new ExtractExecutor(s -> { }, info::add).execute(req, rules()).report();
    assertThat(info).containsExactly("ReportRules: 1 of 2 documents changed and were run again; the others came from the cache");
    assertThat(report.documents().get(1).facts().get(0).text()).isEqualTo("财政收入3.5亿元,增长9%");

    info.clear();
    List<RuleSet> changedRules = List.of(RuleSet.parse("ruleset t\nrule r\n  match MONEY\n", "t.rules"));
    new ExtractExecutor(s -> { }, info::add).execute(req, changedRules);
    assertThat(info).as("a rule change re-runs everything").isEmpty();
  }
}
