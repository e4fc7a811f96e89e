package io.reportrules.quantity;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case of {@code src/test/resources/quantity/*.tsv} (format in that folder's README):
 * one dynamic test per line, named {@code file:line}; a failure prints what the scanner found.
 */
class QuantityCasesTest {
  private static final Set<QuantityType> VALUE_TYPES =
      EnumSet.of(QuantityType.NUMBER, QuantityType.PERCENT, QuantityType.POINTS, QuantityType.MULTIPLE,
          QuantityType.MONEY, QuantityType.BARE_MONEY, QuantityType.MEASURE, QuantityType.RANGE);

  @TestFactory
  Stream<DynamicTest> cases() throws IOException, URISyntaxException {
    Path dir = Path.of(Objects.requireNonNull(getClass().getResource("/quantity/README.md")).toURI()).getParent();
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i);
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          String name = file.getFileName() + ":" + (i + 1);
          tests.add(DynamicTest.dynamicTest(name + " " + line.split("\t")[0], () -> check(name, line)));
        }
      }
    }
    if (tests.size() < 400) {
      fail("expected the case files to hold at least 400 cases, found " + tests.size());
    }
    return tests.stream();
  }

  private static void check(String name, String line) {
    String[] cols = line.split("\t", -1);
    String input = cols[0];
    String type = cols[1].trim();
    Map<String, String> expected = new LinkedHashMap<>();
    if (cols.length > 2) {
      for (String kv : cols[2].trim().split(" +")) {
        if (!kv.isEmpty()) {
          int eq = kv.indexOf('=');
          expected.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
      }
    }
    List<Quantity> found = QuantityScanner.standard().scan(input);
    if (type.equals("-")) {
      List<Quantity> bad = found.stream().filter(q -> VALUE_TYPES.contains(q.type())).toList();
      if (!bad.isEmpty()) {
        fail(name + ": expected no figure in '" + input + "', found " + bad);
      }
      return;
    }
    if (type.startsWith("!")) {
      QuantityType t = QuantityType.valueOf(type.substring(1));
      String text = expected.get("text"); // with text=: no figure of that type there; others may be
      List<Quantity> bad = found.stream().filter(q -> q.type() == t && (text == null || q.text().equals(text))).toList();
      if (!bad.isEmpty()) {
        fail(name + ": expected no " + t + " in '" + input + "', found " + bad);
      }
      return;
    }
    QuantityType t = QuantityType.valueOf(type);
    String text = expected.get("text");
    Quantity q = found.stream().filter(x -> x.type() == t && (text == null || x.text().equals(text))).findFirst().orElse(null);
    if (q == null) {
      fail(name + ": expected a " + t + (text == null ? "" : " '" + text + "'") + " in '" + input + "', found " + found);
    }
    for (var e : expected.entrySet()) {
      Object actual = field(q, e.getKey());
      if (!same(e.getValue(), actual)) {
        fail(name + ": " + e.getKey() + " expected " + e.getValue() + ", actual " + actual + " in " + q);
      }
    }
  }

  private static Object field(Quantity q, String name) {
    return switch (name) {
      case "text" -> q.text();
      case "number" -> q.number();
      case "unit" -> q.unit();
      case "base" -> q.base();
      case "baseUnit" -> q.baseUnit();
      case "bound" -> q.bound() == null ? null : q.bound().json();
      case "masked" -> q.masked();
      case "low" -> q.low();
      case "high" -> q.high();
      default -> throw new IllegalArgumentException("unknown field " + name);
    };
  }

  private static boolean same(String expected, Object actual) {
    if (expected.equals("null")) {
      return actual == null;
    }
    if (actual instanceof Double d) {
      double e = Double.parseDouble(expected);
      return Math.abs(e - d) <= 1e-9 * Math.max(1, Math.abs(e));
    }
    return actual != null && expected.equals(String.valueOf(actual));
  }

}
