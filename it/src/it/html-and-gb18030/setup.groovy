// The corpus is written here in the encodings under test: files we encode ourselves.
def reports = new File(basedir, 'src/main/reports')
reports.mkdirs()
new File(reports, 'gbk-report.txt').setText('某县工作报告\n\n全年完成地区生产总值86.4亿元,同比增长6.2%。\n', 'GB18030')
new File(reports, 'utf16-report.txt').withOutputStream { out ->
    out.write([0xFF, 0xFE] as byte[])
    out.write('财政收入3.2亿元,增长5%。\n'.getBytes('UTF-16LE'))
}
new File(reports, 'page.html').setText('''<!DOCTYPE html>
<html><head><meta charset="gb2312"><title>某镇工作报告</title><script>var s = "增长99%";</script></head>
<body><nav>首页 &gt; 添加到桌面</nav>
<div class="content"><p>一、工作回顾</p>
<p>全年完成地区生产总值<b>102亿元</b>,增长14%。</p>
<p>工业总产值xx亿元。</p></div>
<footer>版权所有</footer></body></html>
''', 'GB18030')
return true
