package io.reportrules;

import io.reportrules.internal.compiler.CompiledRuleFile;
import io.reportrules.internal.compiler.RuleFileCompiler;
import io.reportrules.internal.engine.CompiledRule;
import io.reportrules.internal.engine.DocumentContext;
import io.reportrules.internal.engine.ExampleRunner;
import io.reportrules.internal.engine.PikeVm;
import io.reportrules.internal.engine.RuleSetEngine;
import io.reportrules.quantity.QuantityScanner;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A compiled rule file: immutable and thread-safe, compiled once and reused for every document.
 *
 * <pre>{@code
 * RuleSet rules = RuleSet.parse(text, "my.rules");
 * Extraction result = rules.extract("全年完成地区生产总值102亿元,增长14%");
 * }</pre>
 */
public final class RuleSet {
  /** Folder of the bundled rule files on the classpath: {@code reportrules/std/indicators.rules}. */
  public static final String RESOURCE_ROOT = "reportrules/";

  private final CompiledRuleFile file;
  private final String sha256;

  private RuleSet(CompiledRuleFile file) {
    this.file = file;
    this.sha256 = sha256(file.text());
  }

  /** Compiles rule-file text; {@code source} names it in diagnostics (a path or a classpath name). */
  public static RuleSet parse(String text, String source) throws RuleCompileException {
    return new RuleSet(RuleFileCompiler.compile(source, text));
  }

  /** Compiles a UTF-8 rule file; imports and lexicon files are found beside it. */
  public static RuleSet load(Path file) throws IOException, RuleCompileException {
    return load(file, file.toString());
  }

  /** As {@link #load(Path)}, naming the file {@code displayName} in messages (e.g. a project-relative path). */
  public static RuleSet load(Path file, String displayName) throws IOException, RuleCompileException {
    return new RuleSet(RuleFileCompiler.compile(displayName, file.toAbsolutePath().toString(),
        Files.readString(file, StandardCharsets.UTF_8)));
  }

  /**
   * Compiles a rule set from the classpath by name: {@code std.indicators} is the resource
   * {@code reportrules/std/indicators.rules}.
   *
   * @throws IOException when no such resource exists
   */
  public static RuleSet loadResource(String name, ClassLoader loader) throws IOException, RuleCompileException {
    String path = resourcePath(name);
    try (InputStream in = loader.getResourceAsStream(path)) {
      if (in == null) {
        throw new IOException("no rule set '" + name + "' on the classpath (looked for " + path + ")");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "classpath:" + path);
    }
  }

  /** The classpath resource of a rule-set name. */
  public static String resourcePath(String name) {
    return RESOURCE_ROOT + name.replace('.', '/') + ".rules";
  }

  /** The name from the {@code ruleset} header, e.g. {@code std.indicators}. */
  public String name() {
    return file.name();
  }

  public String description() {
    return file.description();
  }

  /** Where the rule file came from, as given when compiling. */
  public String source() {
    return file.source();
  }

  /** Hex SHA-256 of the rule file's text (UTF-8). */
  public String sha256() {
    return sha256;
  }

  /** Names of the rules and checks, in file order. */
  public List<String> ruleNames() {
    return file.rules().stream().map(CompiledRule::name).toList();
  }

  /** The rules and checks, in file order. */
  public List<RuleInfo> rules() {
    return file.rules().stream()
        .map(r -> new RuleInfo(r.qualifiedName(), r.name(), r.description(), r.check(), r.severity(), r.line(), r.claimsOnly()))
        .toList();
  }

  /** Warnings the compiler found (unused lexicons, …). */
  public List<Diagnostic> warnings() {
    return file.warnings();
  }

  /** Runs this rule set alone over a text. */
  public Extraction extract(String text) {
    return new Extractor(List.of(this)).extract(text);
  }

  /**
   * Runs every {@code example} and {@code counterexample} of every rule. Returns one error per
   * failing example, located at the example, saying what was expected and what was found; empty
   * when all pass.
   */
  public List<Diagnostic> checkExamples() {
    return ExampleRunner.run(file, this::extract, (rule, text) -> RuleSetEngine.accepted(rule, document(text)).size());
  }

  /**
   * How the rule or check {@code ruleName} (its own name or {@code ruleset/rule}) fares on
   * {@code text}: its matches, or how far its closest attempt got and what it expected there.
   *
   * @throws IllegalArgumentException when there is no such rule
   */
  public Explanation explain(String ruleName, String text) {
    CompiledRule rule = file.rules().stream()
        .filter(r -> r.name().equals(ruleName) || r.qualifiedName().equals(ruleName))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no rule '" + ruleName + "' in " + name() + " (rules: " + ruleNames() + ")"));
    Extraction all = extract(text);
    List<Fact> facts = all.facts().stream().filter(f -> f.rule().equals(rule.qualifiedName())).toList();
    List<Violation> violations = all.violations().stream().filter(v -> v.rule().equals(rule.qualifiedName())).toList();
    if (rule.program() == null) {
      return new Explanation(rule.qualifiedName(), facts, violations, -1, List.of("a fact meeting the check's condition"));
    }
    DocumentContext doc = document(text);
    if (rule.claimsOnly()) {
      // a rule that emits nothing: its matches, as facts without fields
      facts = RuleSetEngine.accepted(rule, doc).stream()
          .map(m -> new Fact(rule.qualifiedName(), m.start(), m.end(), text.substring(m.start(), m.end()), java.util.Map.of()))
          .toList();
    }
    PikeVm vm = new PikeVm(rule.program(), doc, PikeVm.DEFAULT_MAX_SPAN).explaining();
    vm.findAll(0, doc.length());
    return new Explanation(rule.qualifiedName(), facts, violations, vm.furthest(), vm.expectedAtFurthest());
  }

  /** A text read for running one rule on its own (explain, the examples of rules that emit nothing). */
  private static DocumentContext document(String text) {
    return new DocumentContext(text, QuantityScanner.standard());
  }

  /** The number of examples and counterexamples in the file. */
  public int exampleCount() {
    return file.rules().stream().mapToInt(r -> r.examples().size()).sum();
  }

  CompiledRuleFile compiled() {
    return file;
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  @Override
  public String toString() {
    return name() + " (" + source() + ")";
  }
}
