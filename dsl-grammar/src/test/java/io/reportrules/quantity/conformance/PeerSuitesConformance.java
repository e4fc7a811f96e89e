package io.reportrules.quantity.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reportrules.quantity.Quantity;
import io.reportrules.quantity.QuantityScanner;
import io.reportrules.quantity.QuantityType;
import io.reportrules.quantity.internal.NumberReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Measures the quantity recognizers on other projects' test suites (../shared/peer-suites, read in
 * place, never copied). Not part of the default test run: {@code ./mvnw -pl dsl-grammar test -Pconformance}.
 * Prints, per file, cases passed / applicable and why the others are not applicable.
 */
class PeerSuitesConformance {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final QuantityScanner SCANNER = QuantityScanner.standard();

  /** One file's tally. */
  private static final class Tally {
    int applicable;
    int passed;
    final Map<String, Integer> notApplicable = new TreeMap<>();
    final java.util.List<String> failures = new java.util.ArrayList<>();

    void na(String reason) {
      notApplicable.merge(reason, 1, Integer::sum);
    }

    void check(boolean ok, String what) {
      applicable++;
      if (ok) {
        passed++;
      } else if (failures.size() < Integer.getInteger("conformance.show", 5)) {
        failures.add(what);
      }
    }
  }

  @Test
  void peerSuites() throws IOException {
    Path root = Path.of(System.getProperty("reportrules.shared", "../../shared"), "peer-suites");
    Assumptions.assumeTrue(Files.isDirectory(root), "no peer suites at " + root.toAbsolutePath());
    System.out.println("file                                      passed / applicable   not applicable (reason: cases)");
    report(root, "recognizers-zh/NumberModel.jsonl", this::numberModel);
    report(root, "recognizers-zh/PercentModel.jsonl", this::percentModel);
    report(root, "recognizers-zh/CurrencyModel.jsonl", this::currencyModel);
    report(root, "recognizers-zh/DimensionModel.jsonl", this::dimensionModel);
    report(root, "cn2an/cn2an.jsonl", this::cn2an);
    report(root, "hutool/NumberChineseFormatter.jsonl", this::hutool);
    report(root, "nzh/toCN.jsonl", this::nzh);
    report(root, "nzh/custom.jsonl", this::nzh);
    report(root, "nzh/toMoney.jsonl", (c, t) -> t.na("formats numbers as money text, nothing to recognize"));
    report(root, "jionlp-money/money_parser.jsonl", this::jionlpParser);
    report(root, "jionlp-money/money_extractor.jsonl", this::jionlpExtractor);
  }

  private interface CaseCheck {
    void run(JsonNode c, Tally t);
  }

  private static void report(Path root, String file, CaseCheck check) throws IOException {
    Path p = root.resolve(file);
    if (!Files.exists(p)) {
      System.out.printf("%-42s missing%n", file);
      return;
    }
    Tally t = new Tally();
    for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        check.run(JSON.readTree(line), t);
      }
    }
    System.out.printf("%-42s %4d / %-4d (%5.1f%%)   %s%n", file, t.passed, t.applicable,
        t.applicable == 0 ? 0.0 : 100.0 * t.passed / t.applicable, t.notApplicable);
    for (String f : t.failures) {
      System.out.println("    e.g. failed: " + f);
    }
  }

  // ---- Recognizers-Text: each expected result's text must read as its value

  private void numberModel(JsonNode c, Tally t) {
    JsonNode results = c.get("results");
    if (results.isEmpty()) {
      t.na("negative case (no number in a sentence): we report numbers only with units");
      return;
    }
    for (JsonNode r : results) {
      String text = r.get("text").asText();
      String value = r.get("value").asText();
      if (text.contains("分之") || text.contains("/") || text.contains("半")) {
        t.na("fraction");
      } else if (!isDecimal(value)) {
        t.na("value is not a decimal number");
      } else if (text.matches(".*[eE^kKMG].*") || text.contains("打") || text.contains("个")) {
        t.na("scientific notation, k/M suffix or counted phrase");
      } else {
        BigDecimal got = NumberReader.parse(text);
        t.check(same(got, new BigDecimal(value)), text + " → " + got + " (expected " + value + ")");
      }
    }
  }

  private void percentModel(JsonNode c, Tally t) {
    for (JsonNode r : c.get("results")) {
      String text = r.get("text").asText();
      String value = r.get("value").asText().replace("%", "");
      if (text.contains("折")) {
        t.na("discount (折), not a report percentage");
      } else if (text.contains("成") && !text.matches("[一二两三四五六七八九十]成|([1-9]|10)成")) {
        t.na("成 after a decimal, with a trailing tenth or half (7.2成, 七成六, 半成): not modelled");
      } else if (text.matches(".*[kK].*")) {
        t.na("k suffix");
      } else if (text.strip().matches(".*\\S\\s+\\S.*")) {
        t.na("spaces inside the figure");
      } else if (!isDecimal(value)) {
        t.na("value is not a decimal number");
      } else if (!text.contains("%") && !text.contains("%") && !text.contains("百分之") && !text.contains("百分点")
          && !text.contains("成")) {
        t.na("percent word we do not model");
      } else {
        Quantity q = whole(text, QuantityType.PERCENT, QuantityType.POINTS);
        t.check(q != null && same(q.number(), new BigDecimal(value)), text + " → " + q);
      }
    }
    if (c.get("results").isEmpty()) {
      t.na("negative case");
    }
  }

  private void currencyModel(JsonNode c, Tally t) {
    for (JsonNode r : c.get("results")) {
      String text = r.get("text").asText();
      String unit = r.path("unit").asText();
      String value = r.path("value").asText();
      if (!unit.equals("Chinese yuan") && !unit.equals("United States dollar") && !unit.equals("Euro")) {
        t.na("currency we do not model: " + unit);
      } else if (!isDecimal(value) || text.contains("块") || text.contains("角") || text.contains("分") || text.contains("毛")) {
        t.na("colloquial money (块/角/分/毛)");
      } else if (text.strip().matches(".*\\S\\s+\\S.*")) {
        t.na("spaces inside the figure");
      } else {
        Quantity q = whole(text, QuantityType.MONEY);
        t.check(q != null && same(q.base(), new BigDecimal(value)), text + " → " + q);
      }
    }
  }

  private void dimensionModel(JsonNode c, Tally t) {
    for (JsonNode r : c.get("results")) {
      String text = r.get("text").asText();
      String value = r.path("value").asText();
      Quantity q = whole(text, QuantityType.MEASURE);
      if (q == null && SCANNER.scan(text).stream().noneMatch(x -> x.type() == QuantityType.MEASURE)) {
        t.na("unit not in our unit lexicon");
      } else if (!isDecimal(value)) {
        t.na("value is not a decimal number");
      } else {
        t.check(q != null && (same(q.base(), new BigDecimal(value)) || same(q.number(), new BigDecimal(value))), text + " → " + q);
      }
    }
  }

  // ---- Chinese numeral converters: Chinese → number

  private void cn2an(JsonNode c, Tally t) {
    String group = c.path("group").asText();
    JsonNode modes = c.path("passModes");
    boolean strictOrNormal = false;
    for (JsonNode m : modes) {
      strictOrNormal |= m.asText().equals("strict") || m.asText().equals("normal");
    }
    if (c.path("expected").isMissingNode() || c.path("expected").isNull() || !strictOrNormal) {
      t.na("error case or smart-mode only (" + group + ")");
      return;
    }
    String input = c.get("input").asText();
    BigDecimal got = NumberReader.parse(input);
    t.check(same(got, new BigDecimal(c.get("expected").asText())), input + " → " + got);
  }

  private void hutool(JsonNode c, Tally t) {
    if (!c.path("direction").asText().startsWith("chinese")) {
      t.na("formats numbers as Chinese text, nothing to recognize");
      return;
    }
    String input = c.path("input").asText();
    String expected = c.path("expectedNormalized").asText(c.path("expected").asText());
    if (!isDecimal(expected)) {
      t.na("expected value is not a number");
      return;
    }
    BigDecimal got = NumberReader.parse(input);
    t.check(same(got, new BigDecimal(expected)), input + " → " + got);
  }

  private void nzh(JsonNode c, Tally t) {
    if (!c.path("assertDecode").asBoolean(false)) {
      t.na("no decoding asserted");
      return;
    }
    if (!c.path("options").isEmpty() || c.has("lang")) {
      t.na("custom numeral alphabet or options");
      return;
    }
    String chinese = c.get("chinese").asText();
    BigDecimal got = NumberReader.parse(chinese);
    t.check(same(got, new BigDecimal(c.get("decodedValue").asText())), chinese + " → " + got);
  }

  // ---- JioNLP money

  private void jionlpParser(JsonNode c, Tally t) {
    String input = c.get("input").asText();
    JsonNode exp = c.get("expected");
    String definition = exp.path("definition").asText();
    if (!definition.equals("accurate")) {
      t.na("money range or vague amount (" + definition + ")");
      return;
    }
    if (input.contains("块") || input.contains("角") || input.contains("毛") || input.contains("分")) {
      t.na("colloquial money (块/角/毛/分)");
      return;
    }
    Quantity q = whole(input, QuantityType.MONEY, QuantityType.BARE_MONEY);
    boolean ok = q != null && same(q.base(), new BigDecimal(exp.get("num").asText()))
        && q.baseUnit() != null && q.baseUnit().equals(exp.get("case").asText());
    t.check(ok, input + " → " + q);
  }

  private void jionlpExtractor(JsonNode c, Tally t) {
    String input = c.get("input").asText();
    List<Quantity> found = SCANNER.scan(input);
    for (JsonNode r : c.get("results")) {
      String text = r.get("text").asText();
      if (text.contains("块") || text.contains("角") || text.contains("毛") || text.matches(".*[到至~-].*")) {
        t.na("colloquial money or range");
        continue;
      }
      t.check(found.stream().anyMatch(q -> q.type() == QuantityType.MONEY && q.text().equals(text)), text + " in " + input);
    }
  }

  // ---- helpers

  private static Quantity whole(String text, QuantityType... types) {
    String trimmed = text.strip();
    for (Quantity q : SCANNER.scan(trimmed)) {
      for (QuantityType type : types) {
        if (q.type() == type && q.start() == 0 && q.end() == trimmed.length()) {
          return q;
        }
      }
    }
    return null;
  }

  private static boolean isDecimal(String s) {
    try {
      new BigDecimal(s);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean same(Object got, BigDecimal expected) {
    if (got == null) {
      return false;
    }
    double g = got instanceof BigDecimal b ? b.doubleValue() : ((Number) got).doubleValue();
    double e = expected.doubleValue();
    return Math.abs(g - e) <= 1e-9 * Math.max(1, Math.abs(e));
  }
}
