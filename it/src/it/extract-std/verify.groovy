import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')

def report = new JsonSlurper().parse(new File(basedir, 'target/reportrules/report.json'))
assert report.format == 'reportrules/1'
assert report.rulesets*.name == ['std.indicators', 'std.quality']
assert report.documents*.path == ['broken.txt', 'sub/county.md', 'town.txt']

def broken = report.documents.find { it.path == 'broken.txt' }
assert broken.error.contains('binary')
assert broken.facts.isEmpty()

def town = report.documents.find { it.path == 'town.txt' }
def gdp = town.facts.find { it.fields.indicator == '地区生产总值' }
assert gdp.rule == 'std.indicators/amount-with-change'
assert gdp.fields.value.base == 1.02E10
assert gdp.fields.value.unit == '亿元'
assert gdp.fields.change.number == 14
assert gdp.fields.change.unit == '%'
assert gdp.fields.kind == 'actual'
assert gdp.span.line == 3
def text = new File(basedir, 'src/main/reports/town.txt').getText('UTF-8')
assert text.substring(gdp.span.start, gdp.span.end) == gdp.text

def export = town.facts.find { it.fields.indicator == '出口' }
assert export.fields.change.number == 13.4

def county = report.documents.find { it.path == 'sub/county.md' }
assert county.facts.size() == 1
assert county.facts[0].fields.change.number == -4.8

assert report.summary.documents == 3
assert report.summary.unreadable == 1
assert report.summary.rules['std.indicators/amount-with-change'] == 3
assert report.summary.rules['std.quality/masked-figure'] == 0
assert log.contains('rules never fired on these documents: ') && log.contains('std.quality/masked-figure')

assert log.contains('ReportRules: 3 documents, 4 facts')
assert log.contains('broken.txt: skipped: looks binary')
return true
