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

      @Override
      public void head(Node node, int depth) {
        if (skipDepth >= 0) {
          return;
        }
        if (node instanceof Element e) {
          if (SKIPPED.contains(e.normalName())) {
            skipDepth = depth;
          } else if (BLOCKS.contains(e.normalName())) {
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
          newline(out);
        }
      }
    }, root);
    return new HtmlText(out.toString().strip().isEmpty() ? "" : out.toString(), html, runs, owners);
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
