package io.reportrules.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The visible text of HTML: blocks on lines of their own, data tables as rows of cells. */
class HtmlTextTest {
  @Test
  void blocksEndLinesAndFurnitureIsLeftOut() {
    String html = "<html><body><nav>首页</nav><p>全年地区生产总值102亿元,</p><div>增长14%。</div>"
        + "<script>var x=1;</script></body></html>";
    assertThat(HtmlText.parse(html).text().strip()).isEqualTo("全年地区生产总值102亿元,\n增长14%。");
  }

  @Test
  void aDataTableKeepsItsRowsAndCells() {
    String html = "<p>表1</p><table><tr><th>指标</th><th>绝对数(万元)</th><th>比上年增长(%)</th></tr>"
        + "<tr><td><p>地区</p><p>生产总值</p></td><td>1737125</td><td>8.7</td></tr>"
        + "<tr><td>第一产业</td><td></td><td>3.6</td></tr></table><p>完</p>";
    assertThat(HtmlText.parse(html).text().strip()).isEqualTo(
        "表1\n指标 | 绝对数(万元) | 比上年增长(%)\n地区 生产总值 | 1737125 | 8.7\n第一产业 |  | 3.6\n完");
  }

  @Test
  void aLayoutTableStaysABlockPerCellAndADataTableInsideItKeepsItsShape() {
    String html = "<table><tr><td><p>一、综合</p><p>全年财政收入3亿元。</p>"
        + "<table><tr><td>项目</td><td>金额(万元)</td></tr><tr><td>税收</td><td>2100</td></tr></table>"
        + "</td><td>附件</td></tr></table>";
    assertThat(HtmlText.parse(html).text().strip()).isEqualTo(
        "一、综合\n全年财政收入3亿元。\n项目 | 金额(万元)\n税收 | 2100\n附件");
  }

  @Test
  void aTableOfOneRowIsNoDataTable() {
    String html = "<table><tr><td>全年财政收入3亿元。</td><td>增长5%。</td></tr></table>";
    assertThat(HtmlText.parse(html).text().strip()).isEqualTo("全年财政收入3亿元。\n增长5%。");
  }
}
