def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[ERROR] draft.txt:3:11: error: 数字被占位符替代: xx亿元 [std.quality/masked-figure]')
// warnings are below the default violationSeverity (error): reported in JSON, not counted
assert !log.contains('draft.txt:4:1: warning')
assert log.contains('ReportRules: 1 violation at or above error (0 allowed)')
assert !log.contains('clean.txt:')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/reportrules/report.json'))
assert report.summary.violations.error == 1
assert report.summary.violations.warning == 1
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/reportrules/report.sarif'))
assert sarif.version == '2.1.0'
def run = sarif.runs[0]
assert run.columnKind == 'utf16CodeUnits'
assert run.tool.driver.rules*.id.contains('std.quality/masked-figure')
def masked = run.results.find { it.ruleId == 'std.quality/masked-figure' }
assert masked.level == 'error'
assert masked.locations[0].physicalLocation.artifactLocation.uri == 'src/main/reports/draft.txt'
assert masked.locations[0].physicalLocation.region.startLine == 3
assert masked.locations[0].physicalLocation.region.startColumn == 11
assert masked.locations[0].physicalLocation.region.endColumn == 15
def html = new File(basedir, 'target/reportrules/report.html').getText('UTF-8')
assert html.contains('<mark>xx亿元</mark>')
assert !html.contains('<script')
def csv = new File(basedir, 'target/reportrules/facts.csv').readLines('UTF-8')
assert csv[0].endsWith('path,line,column,rule,indicator,value,unit,base,baseUnit,change,changeUnit,kind,bound,masked,text')
assert csv.any { it.startsWith('clean.txt,1,') && it.contains('财政收入') }
return true
