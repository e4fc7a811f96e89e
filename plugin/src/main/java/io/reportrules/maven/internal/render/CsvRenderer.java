package io.reportrules.maven.internal.render;

import io.reportrules.report.DocumentReport;
import io.reportrules.report.FactEntry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Facts as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheets read the Chinese text):
 * one row per fact, stable columns {@link #COLUMNS}.
 */
public final class CsvRenderer {
  public static final List<String> COLUMNS = List.of(
      "path", "line", "column", "rule", "indicator", "value", "unit", "base", "baseUnit",
      "change", "changeUnit", "kind", "bound", "masked", "text");

  private CsvRenderer() {}

  public static void write(RenderContext ctx, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write('\uFEFF');
    w.write(String.join(",", COLUMNS));
    w.write("\r\n");
    for (DocumentReport d : ctx.report().documents()) {
      for (FactEntry f : d.facts()) {
        Map<String, Object> fields = f.fields();
        Object value = fields.get("value");
        Object change = fields.get("change");
        Object bound = sub(value, "bound") != null ? sub(value, "bound") : sub(change, "bound");
        List<Object> row = List.of(
            d.path(), f.span().line(), f.span().column(), f.rule(),
            str(fields.get("indicator")), str(sub(value, "number")), str(sub(value, "unit")),
            str(sub(value, "base")), str(sub(value, "baseUnit")), str(sub(change, "number")),
            str(sub(change, "unit")), str(fields.get("kind")), str(bound), str(fields.get("masked")), f.text());
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < row.size(); i++) {
          if (i > 0) {
            line.append(',');
          }
          line.append(quote(String.valueOf(row.get(i))));
        }
        w.write(line.toString());
        w.write("\r\n");
      }
    }
    w.flush();
  }

  private static Object sub(Object map, String key) {
    return map instanceof Map<?, ?> m ? m.get(key) : null;
  }

  private static String str(Object o) {
    return o == null ? "" : String.valueOf(o);
  }

  static String quote(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
