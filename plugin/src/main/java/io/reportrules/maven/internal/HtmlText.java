package io.reportrules.maven.internal;

import io.reportrules.report.LineIndex;
import io.reportrules.report.ReportBuilder;
import io.reportrules.report.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The visible text of an HTML document, and where each part of it stands in the HTML source.
 * jsoup parses with position tracking; scripts, styles and page furniture (nav, header, footer,
 * aside, forms) are left out; block elements end a line.
 *
 * <p>A data table (one holding no other table, with two rows of two cells or more) keeps its
 * shape: a row is a line, its cells are joined by {@code " | "}, and blocks inside a cell only
 * leave a blank, so that the engine reads it as the statistical table it is (see {@code
 * ROW_START} in docs/language.md). A layout table, which holds the page's other tables or its
 * prose, stays a block per cell.
 *
 * <p>Positions are exact at the start of every text node; inside a node they count one source
 * character per text character, which holds unless an entity (&amp;nbsp;) stands before the
 * position in the same node.
 */
public final class HtmlText implements ReportBuilder.SourceMap {
  private static final Set<String> SKIPPED =
      Set.of("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "template", "select", "button", "head");
  private static final Set<String> BLOCKS = Set.of(
      "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
      "article", "blockquote", "pre", "dd", "dt", "dl", "title", "main", "hr", "td", "th");

  private final String text;
  private final LineIndex sourceLines;
  private final int[] textStarts;
  private final int[] sourceStarts;
  private final Element[] blocks;

  private HtmlText(String text, String html, List<int[]> runs, List<Element> owners) {
    this.text = text;
    this.sourceLines = new LineIndex(html);
    this.textStarts = runs.stream().mapToInt(r -> r[0]).toArray();
    this.sourceStarts = runs.stream().mapToInt(r -> r[1]).toArray();
    this.blocks = owners.toArray(new Element[0]);
  }

  /** Parses HTML source (already decoded) and extracts its visible text. */
  public static HtmlText parse(String html) {
    Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
    StringBuilder out = new StringBuilder();
    List<int[]> runs = new ArrayList<>();
    List<Element> owners = new ArrayList<>();
    Element root = doc.body() != null ? doc.body() : doc;
    NodeTraversor.traverse(new NodeVisitor() {
      int skipDepth = -1;
      /** Depth of the data table being written, -1 outside one. */
      int dataTable = -1;

      @Override
      public void head(Node node, int depth) {
        if (skipDepth >= 0) {
          return;
        }
        if (node instanceof Element e) {
          String name = e.normalName();
          if (SKIPPED.contains(name)) {
            skipDepth = depth;
          } else if (dataTable < 0 && name.equals("table") && isDataTable(e)) {
            dataTable = depth;
            newline(out);
          } else if (dataTable >= 0 && (name.equals("td") || name.equals("th"))) {
            if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
              out.append(" | ");
            }
          } else if (dataTable >= 0 && !name.equals("tr") && BLOCKS.contains(name)) {
            blank(out);
          } else if (BLOCKS.contains(name)) {
            newline(out);
          }
        } else if (node instanceof TextNode t) {
          String s = t.getWholeText().replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
          if (s.isBlank()) {
            return;
          }
          runs.add(new int[] {out.length(), t.sourceRange().isTracked() ? t.sourceRange().startPos() : -1});
          owners.add((Element) t.parent());
          out.append(s);
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (skipDepth == depth) {
          skipDepth = -1;
        } else if (skipDepth < 0 && node instanceof Element e && BLOCKS.contains(e.normalName())) {
          if (dataTable == depth) {
            dataTable = -1;
            newline(out);
          } else if (dataTable < 0 || e.normalName().equals("tr")) {
            newline(out);
          }
        }
      }
    }, root);
    return new HtmlText(out.toString().strip().isEmpty() ? "" : out.toString(), html, runs, owners);
  }

  /** A table of figures rather than of layout: no table inside it, and two rows of two cells or more. */
  private static boolean isDataTable(Element table) {
    if (table.select("table").size() > 1) {
      return false;
    }
    int rows = 0;
    for (Element tr : table.select("tr")) {
      if (tr.select("td, th").size() >= 2) {
        rows++;
      }
    }
    return rows >= 2;
  }

  private static void blank(StringBuilder out) {
    if (out.length() > 0 && out.charAt(out.length() - 1) != '\n' && out.charAt(out.length() - 1) != ' ') {
      out.append(' ');
    }
  }

  private static void newline(StringBuilder out) {
    if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
      out.append('\n');
    }
  }

  /** The visible text, blocks on lines of their own. */
  public String text() {
    return text;
  }

  @Override
  public SourcePosition at(int offset) {
    int i = java.util.Arrays.binarySearch(textStarts, offset);
    if (i < 0) {
      i = -i - 2;
    }
    if (i < 0 || sourceStarts[i] < 0) {
      return null;
    }
    int source = sourceStarts[i] + (offset - textStarts[i]);
    Element block = blocks[i];
    return new SourcePosition(sourceLines.line(source), sourceLines.column(source), block == null ? null : block.cssSelector());
  }
}
