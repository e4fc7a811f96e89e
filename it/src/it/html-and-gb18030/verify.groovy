import groovy.json.JsonSlurper

def report = new JsonSlurper().parse(new File(basedir, 'target/reportrules/report.json'))
def byPath = report.documents.collectEntries { [(it.path): it] }

def gbk = byPath['gbk-report.txt']
assert gbk.encoding == 'GB18030'
assert gbk.facts[0].fields.indicator == '地区生产总值'
assert gbk.facts[0].fields.value.base == 8.64E9

def utf16 = byPath['utf16-report.txt']
assert utf16.encoding == 'UTF-16LE'
assert utf16.facts[0].fields.change.number == 5

def page = byPath['page.html']
assert page.encoding == 'GB18030'
def gdp = page.facts.find { it.fields.indicator == '地区生产总值' }
assert gdp.span.source.line == 5
assert gdp.span.source.column == 8
assert gdp.span.source.cssPath == 'html > body > div.content > p:nth-child(2)'
// scripts and page furniture are not text: no 99% growth, no web-chrome finding
assert !page.facts.any { it.text.contains('99') }
assert !page.violations.any { it.rule == 'std.quality/web-chrome' }
def masked = page.violations.find { it.rule == 'std.quality/masked-figure' }
assert masked.span.source.line == 6

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('page.html:6:')
def sarif = new JsonSlurper().parse(new File(basedir, 'target/reportrules/report.sarif'))
def r = sarif.runs[0].results.find { it.ruleId == 'std.quality/masked-figure' }
assert r.locations[0].physicalLocation.artifactLocation.uri == 'src/main/reports/page.html'
assert r.locations[0].physicalLocation.region.startLine == 6
return true
