// run in a folder without a POM: the goal works with its defaults and the given properties
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/reportrules/report.json'))
assert !new File(basedir, '${project.basedir}').exists()
assert report.documents*.path == ['a.txt']
assert report.documents[0].facts[0].fields.value.base == 1.02E10
assert !new File(basedir, 'pom.xml').exists()
return true
