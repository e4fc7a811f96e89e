package io.reportrules.internal.engine;

import java.util.regex.Pattern;

/**
 * The heading structure of a report, as far as it decides whether a figure is reported or
 * planned: a heading that announces next year's work (工作安排, 目标任务, 主要预期目标 …) opens a plan
 * part; a heading that looks back (工作回顾, 开展情况, 问题和不足) or a report title closes it.
 *
 * <p>A heading is a short line (at most {@value #MAX_HEADING} characters) without sentence
 * punctuation, numbered (一、 (一) 1.) or not. Long numbered lines are body text that happens to
 * start with a marker.
 */
public final class Sections {
  static final int MAX_HEADING = 32;
  private static final Pattern PLAN =
      Pattern.compile("工作安排|工作打算|工作思路|工作计划|工作要点|目标任务|奋斗目标|主要任务|预期目标|工作目标|工作部署|目标及|打算|展望|工作重点|总体要求|主要目标|发展目标|重点工作|今后五年|今后一个时期|目标和任务|目标与任务|年目标");
  private static final Pattern REVIEW =
      Pattern.compile("回顾|开展情况|工作情况|完成情况|进展情况|执行情况|主要工作|成绩|成效|总结|问题|不足|工作报告|取得|讲话|发言");
  private static final Pattern FIGURE_AT_END = Pattern.compile("[0-9][%‰]?\\S{0,3}$|%");
  private static final Pattern SENTENCE_PUNCT = Pattern.compile("[。;!?,]");

  private final int[] lineStarts;
  private final boolean[] planLine;
  /** For each line, the nearest heading at or above it ("" before the first). */
  private final String[] heading;

  /** Sections of a document's folded text ({@link DocumentContext#foldedText}): headings are matched simplified and half-width. */
  Sections(String text) {
    int[] starts = new int[64];
    int count = 1;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      if (count == starts.length) {
        starts = java.util.Arrays.copyOf(starts, 2 * count);
      }
      starts[count++] = i + 1;
    }
    lineStarts = java.util.Arrays.copyOf(starts, count);
    planLine = new boolean[lineStarts.length];
    heading = new String[lineStarts.length];
    String current = "";
    boolean plan = false;
    for (int l = 0; l < lineStarts.length; l++) {
      int end = l + 1 < lineStarts.length ? lineStarts[l + 1] : text.length();
      int s = lineStarts[l];
      int e = end;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e - s > MAX_HEADING) {
        // body text: too long for a heading, so no copy of it is made
        planLine[l] = plan;
        heading[l] = current;
        continue;
      }
      String line = text.substring(s, e);
      if (isHeading(line)) {
        current = line;
        // a title such as "2023年工作总结和2024年工作计划" opens with the review
        if (REVIEW.matcher(line).find()) {
          plan = false;
        } else if (PLAN.matcher(line).find()) {
          plan = true;
        }
      }
      planLine[l] = plan;
      heading[l] = current;
    }
  }

  private static boolean isHeading(String line) {
    // a line that states a figure (增长8%, 3.2亿元) is text, however short
    return !line.isEmpty()
        && line.length() <= MAX_HEADING
        && !SENTENCE_PUNCT.matcher(line).find()
        && !FIGURE_AT_END.matcher(line).find();
  }

  /** 0-based line of a UTF-16 offset. */
  public int lineOf(int offset) {
    int lo = 0;
    int hi = lineStarts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (lineStarts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /** The nearest heading at or above the offset's line, "" when none. */
  public String headingAt(int offset) {
    return heading[lineOf(offset)];
  }

  /** True when the offset lies in a part of the report that plans the coming year. */
  public boolean inPlan(int offset) {
    return planLine[lineOf(offset)];
  }
}
