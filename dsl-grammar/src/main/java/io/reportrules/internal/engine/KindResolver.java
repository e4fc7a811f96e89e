package io.reportrules.internal.engine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a figure is reported (actual), estimated or planned (target) from where it
 * stands: the sentence up to the figure, then the section. The nearest marker before the end of
 * the figure wins, so 预计 in the middle of a line turns what follows it into estimates.
 */
public final class KindResolver {
  private static final Pattern MARKER =
      Pattern.compile("(预计|预估|估计)|(力争|确保|预期目标|预期|目标是|目标为|目标:)");
  private static final int LOOK_BACK = 400;

  private KindResolver() {}

  /** {@code actual}, {@code estimate} or {@code target} for the span [start, end). */
  public static String kind(DocumentContext doc, int start, int end) {
    if (doc.sections().inPlan(start)) {
      return "target";
    }
    Matcher m = MARKER.matcher(sentenceUpTo(doc, start, end));
    String found = null;
    while (m.find()) {
      found = m.group(1) != null ? "estimate" : "target";
    }
    return found != null ? found : "actual";
  }

  /** The text from the start of the sentence holding {@code start} up to {@code end}. */
  public static String sentenceUpTo(DocumentContext doc, int start, int end) {
    String text = doc.text();
    int from = start;
    int stop = Math.max(0, start - LOOK_BACK);
    while (from > stop && !isSentenceEnd(text.charAt(from - 1))) {
      from--;
    }
    return text.substring(from, Math.min(end, text.length()));
  }

  private static boolean isSentenceEnd(char c) {
    return c == '。' || c == '!' || c == '?' || c == '!' || c == '?' || c == '\n';
  }
}
