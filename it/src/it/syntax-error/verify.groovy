def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Rule files did not compile')
assert log =~ /src\/main\/rules\/bad\.rules:5:20: error: found a name 'rate', expected/
assert !log.contains('at io.reportrules')
assert !new File(basedir, 'target/reportrules/report.json').exists()
return true
