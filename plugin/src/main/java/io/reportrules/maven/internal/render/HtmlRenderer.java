package io.reportrules.maven.internal.render;

import io.reportrules.report.DocumentReport;
import io.reportrules.report.FactEntry;
import io.reportrules.report.Span;
import io.reportrules.report.ViolationEntry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One self-contained HTML page (inline CSS, no scripts, no network): the summary, then per
 * document its violations and facts, each shown in its sentence with the match highlighted.
 */
public final class HtmlRenderer {
  private static final int CONTEXT = 60;

  private HtmlRenderer() {}

  public static void write(RenderContext ctx, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    var s = ctx.report().summary();
    w.write("<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\"><title>ReportRules report</title>\n<style>"
        + "body{font-family:\"Noto Sans CJK SC\",\"PingFang SC\",\"Microsoft YaHei\",\"WenQuanYi Micro Hei\",sans-serif;margin:2em;max-width:70em}table{border-collapse:collapse;width:100%;margin-bottom:1.5em}"
        + "td,th{border:1px solid #ccc;padding:.3em .5em;vertical-align:top;text-align:left}th{background:#f3f3f3}"
        + "mark{background:#ffe066}.error{color:#b00020;font-weight:bold}.warning{color:#b36b00}.info{color:#555}"
        + ".ctx{color:#444}h2{border-bottom:1px solid #ddd}</style></head><body>\n");
    w.write("<h1>ReportRules report</h1>\n<p>" + s.documents() + " documents, " + s.facts() + " facts, violations: "
        + s.violations().get("error") + " error, " + s.violations().get("warning") + " warning, "
        + s.violations().get("info") + " info" + (s.unreadable() > 0 ? ", " + s.unreadable() + " unreadable documents" : "")
        + ". Rule sets: " + esc(String.join(", ", ctx.report().rulesets().stream().map(r -> r.name()).toList())) + ".</p>\n");
    for (DocumentReport d : ctx.report().documents()) {
      String text = ctx.texts().getOrDefault(d.path(), "");
      w.write("<h2>" + esc(d.path()) + "</h2>\n");
      if (d.error() != null) {
        w.write("<p class=\"error\">Not read: " + esc(d.error()) + "</p>\n");
        continue;
      }
      if (!d.violations().isEmpty()) {
        w.write("<table><tr><th>line:col</th><th>severity</th><th>message</th><th>rule</th><th>in context</th></tr>\n");
        for (ViolationEntry v : d.violations()) {
          w.write("<tr><td>" + v.span().line() + ":" + v.span().column() + "</td><td class=\"" + esc(v.severity()) + "\">"
              + esc(v.severity()) + "</td><td>" + esc(v.message()) + "</td><td>" + esc(v.rule()) + "</td><td class=\"ctx\">"
              + context(text, v.span()) + "</td></tr>\n");
        }
        w.write("</table>\n");
      }
      if (!d.facts().isEmpty()) {
        w.write("<table><tr><th>line:col</th><th>indicator</th><th>value</th><th>change</th><th>kind</th><th>in context</th></tr>\n");
        for (FactEntry f : d.facts()) {
          Map<String, Object> fields = f.fields();
          w.write("<tr><td>" + f.span().line() + ":" + f.span().column() + "</td><td>" + esc(str(fields.get("indicator")))
              + "</td><td>" + esc(str(sub(fields.get("value"), "text"))) + "</td><td>" + esc(str(sub(fields.get("change"), "text")))
              + "</td><td>" + esc(str(fields.get("kind"))) + "</td><td class=\"ctx\">" + context(text, f.span()) + "</td></tr>\n");
        }
        w.write("</table>\n");
      }
    }
    w.write("</body></html>\n");
    w.flush();
  }

  /** The sentence around a span (bounded), with the span marked. */
  static String context(String text, Span span) {
    if (text.isEmpty() || span.end() > text.length()) {
      return "";
    }
    int from = span.start();
    while (from > 0 && span.start() - from < CONTEXT && !isEnd(text.charAt(from - 1))) {
      from--;
    }
    int to = span.end();
    while (to < text.length() && to - span.end() < CONTEXT && !isEnd(text.charAt(to))) {
      to++;
    }
    if (to < text.length() && text.charAt(to) != '\n') {
      to++;
    }
    return esc(text.substring(from, span.start())) + "<mark>" + esc(text.substring(span.start(), span.end()))
        + "</mark>" + esc(text.substring(span.end(), to));
  }

  private static boolean isEnd(char c) {
    return c == '。' || c == '!' || c == '?' || c == '\n' || c == '!' || c == '?';
  }

  private static Object sub(Object map, String key) {
    return map instanceof Map<?, ?> m ? m.get(key) : null;
  }

  private static String str(Object o) {
    return o == null ? "" : String.valueOf(o);
  }

  static String esc(String s) {
    return org.jsoup.nodes.Entities.escape(s);
  }
}
