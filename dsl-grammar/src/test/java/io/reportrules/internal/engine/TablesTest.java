package io.reportrules.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.reportrules.quantity.Quantity;
import io.reportrules.quantity.QuantityScanner;
import io.reportrules.quantity.QuantityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a statistical table's header makes of the bare numbers in its cells, and where its rows start. */
class TablesTest {
  private static DocumentContext doc(String text) {
    return new DocumentContext(text, QuantityScanner.standard());
  }

  /** Each figure of a type as "text=base" (or "text=number" without a base). */
  private static List<String> figures(DocumentContext doc, QuantityType type) {
    return doc.tokens().stream()
        .filter(q -> q.type() == type)
        .map(q -> q.text() + "=" + (q.base() != null ? q.base() : q.number()))
        .toList();
  }

  @Test
  void pipeTableWithABrokenHeaderAndAUnitColumn() {
    String text = "| 项 目 名 称 | 计算 单位 |\n1-4月 累计 |\n比上年同期增长(%) | 结构(%) |\n"
        + "| 工商税收收入合计 | 万元 | 1725725 | -3.9 | 100 |\n| 1、增值税 | 万元 | 576864 | 2.4 | 33.43 |";
    DocumentContext doc = doc(text);
    assertThat(figures(doc, QuantityType.MONEY)).containsExactly("1725725=1.725725E10", "576864=5.76864E9");
    assertThat(figures(doc, QuantityType.PERCENT)).containsExactly("-3.9=-3.9", "2.4=2.4");
    // the share column stays a number
    assertThat(figures(doc, QuantityType.NUMBER)).contains("100=100.0", "33.43=33.43");
    assertThat(doc.rowStartAt(text.indexOf("工商"))).isTrue();
    assertThat(doc.rowStartAt(text.indexOf("增值税"))).as("after the row number 1、").isTrue();
    assertThat(doc.rowStartAt(text.indexOf("1、"))).isFalse();
  }

  @Test
  void columnsOfTheYearBeforeDifferencesAndSharesStayNumbers() {
    String text = "单位:万元 | |||||\n项目 | 2016年预算数 | 上年完成数 | 比上年增减额 | 比上年增减% | 备注 |\n"
        + "3、企业所得税 | 2117 | 1890 | 227 | 12.01 | |";
    DocumentContext doc = doc(text);
    assertThat(figures(doc, QuantityType.MONEY)).containsExactly("2117=2.117E7");
    assertThat(figures(doc, QuantityType.PERCENT)).containsExactly("12.01=12.01");
    assertThat(figures(doc, QuantityType.NUMBER)).contains("1890=1890.0", "227=227.0");
  }

  @Test
  void ofTwoYearsColumnsTheEarlierIsTheYearBefore() {
    String text = "指标 | 2019年(亿元) | 2020年(亿元) | 增长(%)\n地区生产总值 | 98.5 | 102.3 | 4.1";
    assertThat(figures(doc(text), QuantityType.MONEY)).containsExactly("102.3=1.023E10");
  }

  @Test
  void blankTableWithAUnitLine() {
    String text = "表2 主要农产品产量\n单位:吨\n产品名称 产量 比上年增长%\n粮食 21774 0.99\n其中:蔬菜 50523 -1.7";
    DocumentContext doc = doc(text);
    assertThat(figures(doc, QuantityType.MEASURE)).containsExactly("21774=21774.0", "50523=50523.0");
    assertThat(figures(doc, QuantityType.PERCENT)).containsExactly("0.99=0.99", "-1.7=-1.7");
    assertThat(doc.rowStartAt(text.indexOf("蔬菜"))).isTrue();
  }

  @Test
  void aCellMayHoldAFigureWithItsUnit() {
    String text = "主要农产品产量如下:\n\n农产品 1998年 比上年增长%\n    粮食 308.12万吨 8.3\n    其中:小麦 32.45万吨 3.4";
    DocumentContext doc = doc(text);
    assertThat(figures(doc, QuantityType.PERCENT)).containsExactly("8.3=8.3", "3.4=3.4");
    assertThat(doc.rowStartAt(text.indexOf("小麦"))).isTrue();
  }

  @Test
  void aBilingualYearbookTableWithBareYearTitles() {
    String text = "来源: https://example.gov.cn/2022/06-03.htm\n6-3 地方财政收入\n单位:万元 (10 000 yuan)\n"
        + "项    目 Item 2020 2021\n地方财政收入合计 Total Revenue 42374332 43079643\n # 增值税   Value-added Tax 4054969 4403537";
    DocumentContext doc = doc(text);
    // the year in the page's address is no column; 2020 is the year before 2021
    assertThat(figures(doc, QuantityType.MONEY)).containsExactly("43079643=4.3079643E11", "4403537=4.403537E10");
    assertThat(doc.rowStartAt(text.indexOf("增值税"))).as("# stands apart from the name").isTrue();
  }

  @Test
  void aUnitInARowNameHoldsForTheRowsBelowAndABrokenChangeTitleIsJoined() {
    String text = "| 1、本地生产总值 | |||\n| 6月 | 1-6月累计 | 累计 | |\n| 增长% | |||\n"
        + "| 本地生产总值(亿元) | —— | 1389.32 | -6.5 |\n| 第一产业 | —— | 25.71 | -2.1 |";
    DocumentContext doc = doc(text);
    assertThat(figures(doc, QuantityType.MONEY)).containsExactly("1389.32=1.38932E11", "25.71=2.571E9");
    assertThat(figures(doc, QuantityType.PERCENT)).containsExactly("-6.5=-6.5", "-2.1=-2.1");
  }

  @Test
  void titlesBrokenOverLinesAndASpacedName() {
    String text = "2019年1-4月\n行    业 营业收入\n(亿元)\n比去年同期增长(%) 营业利润\n(亿元)\n比去年同期增长(%)\n"
        + "总  计 8942.09 9.4 481.97 28.7\n#交通运输、仓储和邮政业 3186.31 11.0 145.72 33.8";
    DocumentContext doc = doc(text);
    assertThat(figures(doc, QuantityType.MONEY)).containsExactly("8942.09=8.94209E11", "481.97=4.8197E10",
        "3186.31=3.18631E11", "145.72=1.4572E10");
    assertThat(figures(doc, QuantityType.PERCENT)).containsExactly("9.4=9.4", "28.7=28.7", "11.0=11.0", "33.8=33.8");
    assertThat(doc.rowStartAt(text.indexOf("总"))).isTrue();
  }

  @Test
  void aChangeOnlyTableWithTwoTitleRows() {
    String text = "指 标 名 称 | 计量单位 | 北 京 市 | 西 城 区 | ||\n本 期 | ±% | 本 期 | ±% | ||\n"
        + "一、现价工业总产值 | 亿元 | 9075.6 | -5.6 | 281.5 | 4.9 |\n三、固定资产投资 | % | -- | 2.8 | -- | 19.3 |";
    DocumentContext doc = doc(text);
    assertThat(figures(doc, QuantityType.MONEY)).containsExactly("9075.6=9.0756E11", "281.5=2.815E10");
    assertThat(figures(doc, QuantityType.PERCENT)).containsExactly("-5.6=-5.6", "4.9=4.9", "2.8=2.8", "19.3=19.3");
  }

  @Test
  void blankTitlesAreCountedFromTheRight() {
    String text = "指    标 绝对数(万元) 比上年增长(%)\n地区生产总值 1737125 8.7\n其中:第一产业  204567 3.6";
    assertThat(figures(doc(text), QuantityType.MONEY)).containsExactly("1737125=1.737125E10", "204567=2.04567E9");
  }

  @Test
  void withoutAHeaderOrWithRowsLongerThanTheHeaderNothingIsTyped() {
    for (String text : List.of(
        "粮食 21774 0.99\n蔬菜 50523 -1.7",
        "项目 | 金额(万元)\n税收收入 | 15348 | 17.19 | 9.38",
        "全年地区生产总值 102 亿元 增长 14%")) {
      DocumentContext doc = doc(text);
      assertThat(doc.tokens()).as(text).isEqualTo(QuantityScanner.standard().scan(text));
      assertThat(doc.tokens().stream().map(Quantity::start).anyMatch(doc::rowStartAt)).as(text).isFalse();
    }
  }
}
