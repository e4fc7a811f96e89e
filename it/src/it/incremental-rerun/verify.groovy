def log = new File(basedir, 'build.log').getText('UTF-8')
// invoker appends the second build's log to the first's
assert log.contains('ReportRules: nothing changed since the last run; all 1 documents came from the cache')
assert new File(basedir, 'target/reportrules/cache/documents.json').isFile()
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/reportrules/report.json'))
assert report.documents[0].facts[0].fields.value.base == 1.02E10
return true
