package io.reportrules.internal.engine;

import java.util.List;

/**
 * Narrows the text an INDICATOR run captured to the noun phrase naming the quantity: the run
 * starts wherever the clause starts, so it may carry period words (全年, 预计), verbs (完成, 实现)
 * and a subject before them; the indicator is what follows the last of those, minus trailing
 * verbs such as 达到 that link it to its figure.
 */
public final class IndicatorTrimmer {
  /** Words after which the indicator starts (the last occurrence wins). Longest first. */
  private static final List<String> CUT_AFTER =
      List.of(
          "累计完成", "全年实现", "全年完成", "预计实现", "预计完成", "共完成", "已完成", "完成了", "实现了",
          "完成", "实现", "达到", "预计", "全年", "累计", "其中", "发放", "争取", "力争", "确保",
          "计划", "今年", "去年", "上年", "当年", "同期", "将", "是");

  /** Words stripped from the end of the run (repeatedly). Longest first. */
  private static final List<String> STRIP_TAIL =
      List.of(
          "分别达到", "分别完成", "分别为", "达到了", "累计完成", "共计", "合计", "总计", "累计", "达到",
          "完成", "实现", "分别", "同比", "比上年", "较上年", "首超", "突破", "超过", "增至", "预计",
          "达", "为", "共", "约", "超", "逾", "近", "将", "已", "仍", "均", "的", "了", "到", "在");

  private IndicatorTrimmer() {}

  /**
   * The trimmed span within {@code text[start, end)}, as {@code {start, end}}; an empty span
   * ({@code start == end}) when nothing of a noun remains.
   */
  public static int[] trim(String text, int start, int end) {
    int e = end;
    boolean stripped = true;
    while (stripped && e > start) {
      stripped = false;
      for (String w : STRIP_TAIL) {
        if (e - start >= w.length() && text.startsWith(w, e - w.length())) {
          e -= w.length();
          stripped = true;
          break;
        }
      }
    }
    int s = start;
    for (int i = e - 1; i >= start; i--) {
      boolean cut = false;
      for (String w : CUT_AFTER) {
        if (i - w.length() + 1 >= start && text.startsWith(w, i - w.length() + 1) && i + 1 < e) {
          s = i + 1;
          cut = true;
          break;
        }
      }
      if (cut) {
        break;
      }
    }
    return new int[] {s, Math.max(s, e)};
  }
}
