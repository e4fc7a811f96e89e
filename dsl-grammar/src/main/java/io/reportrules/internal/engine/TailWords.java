package io.reportrules.internal.engine;

/**
 * Words a figure's tail opens with: a change and what it is counted against (增长, 下降, 同比,
 * 比上年 …). Shared by the readers of broken text ({@link NameLines}, {@link SplitWords}), which
 * join a break or a blank only where one of these stands.
 */
final class TailWords {
  static final String[] CHANGES = {
      "增长", "下降", "增加", "减少", "提高", "降低", "增速", "增幅", "同比", "比上年", "比去年", "较上年", "较去年"};

  private TailWords() {}

  /** {@link #CHANGES} followed by {@code more}. */
  static String[] changesAnd(String... more) {
    String[] out = java.util.Arrays.copyOf(CHANGES, CHANGES.length + more.length);
    System.arraycopy(more, 0, out, CHANGES.length, more.length);
    return out;
  }
}
