package io.reportrules.internal.engine;

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

  private volatile Map<Integer, Integer> restarts;
  private static final Pattern TITLE =
      Pattern.compile("^[\\s\u3000]*\\S.{0,40}(工作报告|工作总结|工作计划|工作要点)[\\s\u3000]*$", Pattern.MULTILINE);
  private static final Pattern FIRST_SECTION =
      Pattern.compile("^[\\s\u3000]*(一、)", Pattern.MULTILINE);

  /**
   * Lines that open a numbering with 一、 for the third time or more since the last report title:
   * a text that restarts its sections again and again is a patchwork of fragments.
   */
  int restartedNumberingEnd(int pos) {
    Map<Integer, Integer> m = restarts;
    if (m == null) {
      m = new HashMap<>();
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
      restarts = m;
    }
    return m.getOrDefault(pos, -1);
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
    end(kind, 0);
    Map<Integer, Integer> m = kind == DocumentContext.FEATURE_REPEATED_LINE ? repeatedLines
        : kind == DocumentContext.FEATURE_MISSING_TOC_ENTRY ? missingToc : restarts;
    return m.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(e -> new int[] {e.getKey(), e.getValue()}).toList();
  }

  /** End of the feature of that kind starting at pos, or -1. */
  int end(int kind, int pos) {
    return kind == DocumentContext.FEATURE_REPEATED_LINE ? repeatedLineEnd(pos)
        : kind == DocumentContext.FEATURE_MISSING_TOC_ENTRY ? missingTocEntryEnd(pos) : restartedNumberingEnd(pos);
  }

  private volatile Map<Integer, Integer> missingToc;
  private static final Pattern TOC_ENTRY = Pattern.compile(
      "^[\\s\u3000]*(?:\\d{1,3}[.、.]\\s*)?(\\S.{4,60}?(?:报告|总结|讲话|意见|方案|规划|计划|要点))[\\s\u3000]+\\d{1,4}[\\s\u3000]*$",
      Pattern.MULTILINE);

  /**
   * Table-of-contents entries (a title ending in 报告/总结/… and a page number, one a line) whose
   * title never stands later as a line of its own: the copy stops short of what its contents list.
   */
  int missingTocEntryEnd(int pos) {
    Map<Integer, Integer> m = missingToc;
    if (m == null) {
      m = new HashMap<>();
      for (MatchResult e : keywordLines().find(TOC_ENTRY, true, "报告", "总结", "讲话", "意见", "方案", "规划", "计划", "要点")) {
        if (!standsAsLine(e.group(1).strip(), e.end())) {
          m.put(e.start(1), e.start(1) + e.group(1).length());
        }
      }
      missingToc = m;
    }
    return m.getOrDefault(pos, -1);
  }

  /**
   * True when {@code title} stands later, from {@code from} on, as a line of its own with only
   * blanks around it: what {@code (?m)^[\s\u3000]*TITLE[\s\u3000]*$} finds from {@code from},
   * computed by searching the title instead of compiling a pattern per title.
   */
  private boolean standsAsLine(String title, int from) {
    if (title.isEmpty()) {
      return true;
    }
    for (int at = text.indexOf(title, from); at >= 0; at = text.indexOf(title, at + 1)) {
      if (blankToLineStart(at, from) && blankToLineEnd(at + title.length())) {
        return true;
      }
    }
    return false;
  }

  private boolean blankToLineStart(int at, int from) {
    for (int k = at; ; k--) {
      if (k == 0 || (KeywordLines.isTerminator(text.charAt(k - 1)) && !(text.charAt(k - 1) == '\r' && k < text.length() && text.charAt(k) == '\n'))) {
        return k >= from;
      }
      if (k <= from || !isRegexBlank(text.charAt(k - 1))) {
        return false;
      }
    }
  }

  private boolean blankToLineEnd(int at) {
    for (int k = at; ; k++) {
      if (k == text.length() || KeywordLines.isTerminator(text.charAt(k))) {
        return true;
      }
      if (!isRegexBlank(text.charAt(k))) {
        return false;
      }
    }
  }

  /** {@code [\s\u3000]} of java.util.regex. */
  private static boolean isRegexBlank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u3000';
  }

  private volatile Map<Integer, Integer> repeatedLines;

  /** Shortest line, stripped, that counts as a repeated paragraph; shorter lines repeat naturally. */
  static final int MIN_REPEATED_LINE = 20;

  /**
   * When a line starting at {@code pos} repeats, stripped of surrounding blanks, an earlier line
   * of at least {@value #MIN_REPEATED_LINE} characters: the end of its text (before the line
   * break); else -1.
   */
  int repeatedLineEnd(int pos) {
    Map<Integer, Integer> m = repeatedLines;
    if (m == null) {
      m = new HashMap<>();
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
      repeatedLines = m;
    }
    return m.getOrDefault(pos, -1);
  }
}
