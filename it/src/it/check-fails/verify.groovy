def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[ERROR] draft.txt:3:11: error: 数字被占位符替代: xx亿元 [std.quality/masked-figure]')
// warnings are below the default violationSeverity (error): reported in JSON, not counted
assert !log.contains('draft.txt:4:1: warning')
assert log.contains('ReportRules: 1 violation at or above error (0 allowed)')
assert !log.contains('clean.txt:')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/reportrules/report.json'))
assert report.summary.violations.error == 1
assert report.summary.violations.warning == 1
return true
