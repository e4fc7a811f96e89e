import groovy.json.JsonSlurper

def report = new JsonSlurper().parse(new File(basedir, 'corpus/target/reportrules/report.json'))
assert report.rulesets*.name == ['corpus.visitors', 'acme.employment', 'std.indicators']
def facts = report.documents[0].facts
assert facts.find { it.rule == 'acme.employment/new-jobs' }.fields.jobs.base == 68000
assert facts.find { it.rule == 'corpus.visitors/visits' || it.rule == 'corpus.visitors/visitors' }.fields.visits.base == 1.86E7
assert facts.find { it.rule == 'std.indicators/amount-with-change' }.fields.value.base == 1.02E10
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /ReportRules: 3 rule sets, \d+ examples, 0 failed/
return true
