package io.reportrules.internal.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * The features of a whole document that rules can match (see {@code DocumentContext.FEATURE_*}):
 * repeated paragraphs, table-of-contents entries the text never reaches, and numbering that
 * restarts under one title. Each kind is computed on first use.
 */
final class DocumentFeatures {
  private final String text;

  DocumentFeatures(String text) {
    this.text = text;
  }

  /** Per kind: start, end, start, end … sorted by start; null until computed. */
  private final int[][] spans = new int[3][];
  private static final Pattern TITLE =
      Pattern.compile("^[\\s\u3000]*\\S.{0,40}(工作报告|工作总结|工作计划|工作要点)[\\s\u3000]*$", Pattern.MULTILINE);
  private static final Pattern FIRST_SECTION =
      Pattern.compile("^[\\s\u3000]*(一、)", Pattern.MULTILINE);

  /**
   * Lines that open a numbering with 一、 for the third time or more since the last report title:
   * a text that restarts its sections again and again is a patchwork of fragments.
   */
  private int[] restartedNumbering() {
    Spans m = new Spans();
    TreeSet<Integer> titles = new TreeSet<>();
    for (MatchResult t : keywordLines().find(TITLE, false, "工作报告", "工作总结", "工作计划", "工作要点")) {
      titles.add(t.start());
    }
    int count = 0;
    Integer region = null;
    for (MatchResult f : keywordLines().find(FIRST_SECTION, false, "一、")) {
      Integer title = titles.floor(f.start());
      if (!Objects.equals(title, region)) {
        region = title;
        count = 0;
      }
      count++;
      if (count >= 3) {
        m.put(f.start(1), f.end(1));
      }
    }
    return m.sorted();
  }

  private KeywordLines keywordLines;

  private KeywordLines keywordLines() {
    if (keywordLines == null) {
      keywordLines = new KeywordLines(text);
    }
    return keywordLines;
  }

  /** Every [start, end) of a feature of that kind, in document order. */
  List<int[]> all(int kind) {
    int[] s = spans(kind);
    List<int[]> out = new ArrayList<>(s.length / 2);
    for (int k = 0; k < s.length; k += 2) {
      out.add(new int[] {s[k], s[k + 1]});
    }
    return out;
  }

  /** End of the feature of that kind starting at pos, or -1. */
  int end(int kind, int pos) {
    int[] s = spans(kind);
    int k = 2 * NeedIndex.firstPairFrom(s, pos);
    return k < s.length && s[k] == pos ? s[k + 1] : -1;
  }

  private int[] spans(int kind) {
    int[] s = spans[kind];
    if (s == null) {
      s = kind == DocumentContext.FEATURE_REPEATED_LINE ? repeatedLines()
          : kind == DocumentContext.FEATURE_MISSING_TOC_ENTRY ? missingTocEntries() : restartedNumbering();
      spans[kind] = s;
    }
    return s;
  }

  /** Feature spans as found, at most one per start. */
  private static final class Spans {
    private final Map<Integer, Integer> byStart = new HashMap<>();

    void put(int start, int end) {
      byStart.put(start, end);
    }

    int[] sorted() {
      int[] out = new int[2 * byStart.size()];
      int k = 0;
      for (int start : new TreeSet<>(byStart.keySet())) {
        out[k++] = start;
        out[k++] = byStart.get(start);
      }
      return out;
    }
  }

  private static final Pattern TOC_ENTRY = Pattern.compile(
      "^[\\s\u3000]*(?:\\d{1,3}[.、.]\\s*)?(\\S.{4,60}?(?:报告|总结|讲话|意见|方案|规划|计划|要点))[\\s\u3000]+\\d{1,4}[\\s\u3000]*$",
      Pattern.MULTILINE);

  /**
   * Table-of-contents entries (a title ending in 报告/总结/… and a page number, one a line) whose
   * title never stands later as a line of its own: the copy stops short of what its contents list.
   */
  private int[] missingTocEntries() {
    Spans m = new Spans();
    for (MatchResult e : keywordLines().find(TOC_ENTRY, true, "报告", "总结", "讲话", "意见", "方案", "规划", "计划", "要点")) {
      if (!standsAsLine(e.group(1).strip(), e.end())) {
        m.put(e.start(1), e.start(1) + e.group(1).length());
      }
    }
    return m.sorted();
  }

  /** Per line content stripped of blanks, the start of the last line holding it; built on first use. */
  private Map<String, Integer> lastLineStart;

  /**
   * True when {@code title} stands later, from {@code from} on, as a line of its own with only
   * blanks around it: what {@code (?m)^[\s\u3000]*TITLE[\s\u3000]*$} finds from {@code from},
   * looked up among the document's lines instead of compiling a pattern or searching per title.
   */
  private boolean standsAsLine(String title, int from) {
    if (title.isEmpty()) {
      return true;
    }
    if (lastLineStart == null) {
      lastLineStart = new HashMap<>();
      KeywordLines lines = keywordLines();
      for (int i = 0; i < lines.count(); i++) {
        int s = lines.start(i);
        int e = lines.end(i);
        int a = s;
        while (a < e && isRegexBlank(text.charAt(a))) {
          a++;
        }
        while (e > a && isRegexBlank(text.charAt(e - 1))) {
          e--;
        }
        if (e > a) {
          lastLineStart.merge(text.substring(a, e), s, Math::max);
        }
      }
    }
    return lastLineStart.getOrDefault(title, -1) >= from;
  }

  /** {@code [\s\u3000]} of java.util.regex. */
  private static boolean isRegexBlank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u3000';
  }


  /** Shortest line, stripped, that counts as a repeated paragraph; shorter lines repeat naturally. */
  static final int MIN_REPEATED_LINE = 20;

  /**
   * Lines that repeat, stripped of surrounding blanks, an earlier line of at least
   * {@value #MIN_REPEATED_LINE} characters: from the first character to the end of the text
   * (before the line break).
   */
  private int[] repeatedLines() {
    Spans m = new Spans();
    Set<String> seen = new HashSet<>();
    int start = 0;
    while (start <= text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      int s = start;
      int e = end;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e - s >= MIN_REPEATED_LINE && !seen.add(text.substring(s, e))) {
        m.put(s, e);
      }
      if (nl < 0) {
        break;
      }
      start = nl + 1;
    }
    return m.sorted();
  }
}
