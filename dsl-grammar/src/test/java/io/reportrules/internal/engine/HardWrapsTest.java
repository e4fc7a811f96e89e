package io.reportrules.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which line breaks of a document are read through as breaks inside a sentence. */
class HardWrapsTest {
  /** A paragraph wrapped at 40 display columns, as a PDF converter leaves it, between a heading and another. */
  private static final String WRAPPED = "一、经济运行\n"
      + wrap("全年预计实现国内生产总值223961万元,比上年增长5.5%,其中,第一产业88366万元,第二产业51203万元,"
          + "第三产业84392万元,分别增长15.4%、5.3%和1.5%;完成财政总收入14362万元,总支出14904万元,分别比上年减少"
          + "3.9%和7.8%。各项事业全面进步,人民生活得到改善,社会大局保持稳定。", 40)
      + "\n(二)社会事业\n教育投入继续加大。";

  /** Breaks a paragraph into lines of {@code columns} display columns (a Han character counts two). */
  private static String wrap(String paragraph, int columns) {
    StringBuilder out = new StringBuilder();
    int w = 0;
    for (char c : paragraph.toCharArray()) {
      int cw = c >= 0x2E80 ? 2 : 1;
      if (w + cw > columns) {
        out.append('\n');
        w = 0;
      }
      out.append(c);
      w += cw;
    }
    return out.toString();
  }

  /** Each joined break as the two characters before it, "|", the two after it. */
  private static List<String> joined(String text) {
    return Cuts.around(text, HardWraps.insideSentences(text), 2);
  }

  @Test
  void theParagraphIsWrappedAsExpected() {
    assertThat(WRAPPED.lines()).contains("全年预计实现国内生产总值223961万元,比上", "年增长5.5%,其中,第一产业88366万元,第二产",
        "业51203万元,第三产业84392万元,分别增长15");
  }

  @Test
  void breaksAfterTheFigureOrNameOfAClauseAreJoined() {
    // "分别增长15⏎.4%": inside a figure; "比上⏎年增长": a tail word opens the clause
    assertThat(joined(WRAPPED)).contains("15|.4", "比上|年增");
  }

  /** Lines of 34 to 38 columns, two of them broken inside a word or a figure of a fact's tail. */
  private static final String CUT_INSIDE = String.join("\n",
      "农业生产稳定发展,秋粮总产93.8万吨,比上",
      "年减产5%。蔬菜总产量达到333.3万吨,下",
      "降2.1%。全市夏粮总产量达到历史最高的1",
      "58.5万吨,增长4.8%,再创历史最高水平,肉",
      "类总产量41.7万吨,增长25.4%,水产品总产",
      "量98.1万吨,比上年增长5.9%,禽蛋产量",
      "12.6万吨,增长3.1%。");

  @Test
  void aBreakInsideATailWordOrADecimalIsJoined() {
    // "下⏎降": the start of 下降; "1⏎58.5万吨": a decimal at a line's start is no heading "58."
    assertThat(joined(CUT_INSIDE)).contains(",下|降2", "的1|58", "比上|年减");
  }

  @Test
  void aBreakInsideANameIsJoined() {
    // "肉⏎类总产量", "水产品总产⏎量": the name is read whole; its fact is located on its figure's line
    assertThat(joined(CUT_INSIDE)).contains(",肉|类总", "总产|量9");
  }

  @Test
  void aTextWrappedAtACountOfCharactersIsWrapped() {
    // 30 characters a line, half-width digits counted as one like the Han characters around them:
    // the display widths differ too much to show the wrap
    String paragraph = "全年完成地方财政收入12.35亿元,增长9.2%。实现招商引资到位资金45.6亿元,增长13.5%;"
        + "外贸进出口总额8.27亿美元,下降2.1%。完成固定资产投资额156.8亿元,增长10.4%。年末各项存款余额312亿元,"
        + "各项贷款余额208亿元,分别比年初增长11.2%和9.8%。社会消费品零售总额实现98.7亿元,增长7.6%。";
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < paragraph.length(); i += 30) {
      lines.append(paragraph, i, Math.min(paragraph.length(), i + 30)).append('\n');
    }
    String text = lines.toString();
    assertThat(text.lines().map(String::length)).startsWith(30, 30, 30, 30, 30);
    assertThat(joined(text)).contains(".2|7亿", ",增|长1", "08|亿元", "总额|实现");
  }

  @Test
  void theRowsOfATableAreNeverJoined() {
    StringBuilder table = new StringBuilder("指 标 | 单位 | 1-3月 | ±% | ||\n");
    for (String name : List.of("定海区", "普陀区", "岱山县", "嵊泗县", "新城区", "金塘镇", "六横镇", "舟山市")) {
      table.append(name).append("规模以上工业总产值 | 亿元 | 87.3 | 1.0 | ||\n");
    }
    assertThat(HardWraps.insideSentences(table.toString())).isEmpty();
    // the same lines without their separators are wrapped prose of one width
    assertThat(HardWraps.insideSentences(table.toString().replace('|', ' '))).isNotEmpty();
  }

  @Test
  void aBreakAfterAClauseMarkIsJoined() {
    // "第二产⏎业51203万元" inside a name, "…万元,⏎增长" after the comma that follows a figure
    assertThat(joined(WRAPPED)).anyMatch(j -> j.endsWith("二产|业5"));
    String afterComma = wrap("全年完成地方财政收入12.35亿元,增长9.2%。实现招商引资到位资金45.6亿元,增长13.5%;"
        + "外贸进出口总额8.27亿美元,下降2.1%。完成固定资产投资额156.8亿元,增长10.4%。年末各项存款余额312亿元,"
        + "各项贷款余额208亿元,分别比年初增长11.2%和9.8%。社会消费品零售总额实现98.7亿元,增长7.6%。", 40);
    assertThat(afterComma.lines()).contains("各项存款余额312亿元,各项贷款余额208亿元,", "分别比年初增长11.2%和9.8%。社会消费品零");
    assertThat(joined(afterComma)).contains("元,|分别", "完成|固定", "品零|售总");
  }

  @Test
  void headingsStay() {
    assertThat(joined(WRAPPED)).noneMatch(j -> j.endsWith("|(二") || j.endsWith("|一、"));
  }

  @Test
  void aReportWrittenOneParagraphALineIsNotWrapped() {
    String paragraphs = String.join("\n",
        "全年实现地区生产总值102亿元,增长14%,其中第一产业增加值20亿元",
        "财政收入12亿元,增长8%",
        "固定资产投资50亿元,增长20%,社会消费品零售总额30亿元,增长12%,外贸出口5亿美元",
        "城镇居民人均可支配收入3万元,增长9%",
        "农村居民人均可支配收入1.5万元,增长10%,城乡收入差距继续缩小,民生支出占比提高",
        "新增城镇就业5000人");
    assertThat(HardWraps.insideSentences(paragraphs)).isEmpty();
  }
}
