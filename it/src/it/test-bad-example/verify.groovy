def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("src/main/rules/growth.rules:9:3: error: example of 'growth' fails: expected rate.number = 9, actual 8")
assert log.contains('ReportRules: 1 rule sets, 3 examples, 1 failed')
return true
