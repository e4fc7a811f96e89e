package io.reportrules.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which blanks of a text spaced out character by character are read through. */
class SpacedLettersTest {
  /** The text without the blanks read through. */
  private static String joined(String text) {
    StringBuilder out = new StringBuilder();
    int last = 0;
    for (int[] cut : SpacedLetters.blanks(text)) {
      out.append(text, last, cut[0]);
      last = cut[1];
    }
    return out.append(text.substring(last)).toString();
  }

  @Test
  void aSpacedOutRunIsReadWithoutItsBlanks() {
    assertThat(joined("完 成 地 方 财 政 收 入 1121 万 元 , 同 期 增 长186.4%"))
        .isEqualTo("完成地方财政收入1121万元,同期增长186.4%");
  }

  @Test
  void blanksBetweenWordsStay() {
    String text = "主营业务收入 15.12 亿元,同期增 长 21.05% ;市 长 王家瑞";
    assertThat(SpacedLetters.blanks(text)).isEmpty();
  }

  @Test
  void theCellsOfATableRowAreNoSpacedText() {
    assertThat(SpacedLetters.blanks("| 甲 | 乙 | 丙 | 丁 |")).isEmpty();
    assertThat(SpacedLetters.blanks("定 海 | 亿 | % |")).isEmpty();
  }

  @Test
  void aRunEndsAtTheLineAndAtTwoBlanks() {
    assertThat(joined("地 方 财\n政 收 入 税  12 万 元")).isEqualTo("地 方 财\n政收入税  12 万 元");
    List<int[]> none = SpacedLetters.blanks("甲 乙 丙");
    assertThat(none).as("three characters are no run").isEmpty();
  }
}
