package io.reportrules.internal.compiler;

import io.reportrules.Diagnostic;
import io.reportrules.RuleCompileException;
import io.reportrules.Severity;
import io.reportrules.internal.engine.CaptureInfo;
import io.reportrules.internal.engine.CharPredicate;
import io.reportrules.internal.engine.CompiledRule;
import io.reportrules.internal.engine.Condition;
import io.reportrules.internal.engine.DocumentContext;
import io.reportrules.internal.engine.Expr;
import io.reportrules.internal.engine.Functions;
import io.reportrules.internal.engine.Program;
import io.reportrules.internal.engine.Trie;
import io.reportrules.internal.engine.Folding;
import io.reportrules.internal.grammar.RuleLexer;
import io.reportrules.internal.grammar.RuleParser;
import io.reportrules.quantity.QuantityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Compiles one rule file: parses it, resolves names, checks it and generates a program per rule.
 * Every error is collected and reported together, each located {@code file:line:column}.
 */
public final class RuleFileCompiler {
  /** The anchors' names in the order of their kinds, as the list of built-in types shows them. */
  private static final String ANCHOR_NAMES = io.reportrules.internal.engine.Anchors.KINDS.entrySet().stream()
      .sorted(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey)
      .collect(java.util.stream.Collectors.joining(", "));

  /** Default bounds of a gap {@code …} written without braces. */
  public static final int DEFAULT_GAP_MAX = 60;
  private static final int MAX_REPEAT = 100;
  /** Built-ins that match features of the whole document. */
  private static final Set<String> DOCUMENT_FEATURES = Set.of("REPEATED_LINE", "MISSING_TOC_ENTRY", "RESTARTED_NUMBERING");

  private final String source;
  private final String text;
  private final SourceLines lines;
  private final List<Diagnostic> errors = new ArrayList<>();
  private final List<Diagnostic> warnings = new ArrayList<>();
  private final Map<String, Trie> lexicons = new LinkedHashMap<>();
  private final Map<String, Token> lexiconTokens = new HashMap<>();
  private final Map<String, RuleParser.DefineDeclContext> defines = new LinkedHashMap<>();
  private final Set<String> usedNames = new HashSet<>();
  private final Map<String, CharPredicate> classCache = new HashMap<>();
  private final Set<String> ruleNamesInFile = new java.util.TreeSet<>();

  private final List<String> importStack;
  /** Where the file really is (a path or classpath:…), for imports and lexicon files. */
  private final String location;

  private RuleFileCompiler(String source, String location, String text, List<String> importStack) {
    this.source = source;
    this.location = location;
    this.text = text;
    this.lines = new SourceLines(text);
    this.importStack = importStack;
  }

  /**
   * Compiles {@code text}, read from {@code source}: a file path or {@code classpath:} and a
   * resource path. Imports and lexicon files are found relative to it.
   */
  public static CompiledRuleFile compile(String source, String text) throws RuleCompileException {
    return compile(source, source, text);
  }

  /** As {@link #compile(String, String)}, named {@code source} in messages but found at {@code location}. */
  public static CompiledRuleFile compile(String source, String location, String text) throws RuleCompileException {
    return new RuleFileCompiler(source, location, text, List.of(location)).run();
  }

  /** What an import brings: the imported file's lexicons and defines. */
  private record Imported(Map<String, Trie> lexicons, Map<String, RuleParser.DefineDeclContext> defines) {}

  private Imported parseOnly() throws RuleCompileException {
    run();
    return new Imported(lexicons, defines);
  }

  private CompiledRuleFile run() throws RuleCompileException {
    RuleLexer lexer = new RuleLexer(CharStreams.fromString(text, source));
    lexer.removeErrorListeners();
    SyntaxErrors syntax = new SyntaxErrors(source, lines);
    lexer.addErrorListener(syntax);
    RuleParser parser = new RuleParser(new CommonTokenStream(lexer));
    parser.removeErrorListeners();
    parser.addErrorListener(syntax);
    RuleParser.RuleFileContext file = parser.ruleFile();
    if (!syntax.errors().isEmpty()) {
      throw new RuleCompileException(syntax.errors());
    }
    String name = file.rulesetDecl().qualifiedName().getText();
    String description = file.rulesetDecl().description == null ? "" : unquote(file.rulesetDecl().description);
    for (RuleParser.ImportDeclContext imp : file.importDecl()) {
      importFrom(imp);
    }
    for (RuleParser.DeclarationContext d : file.declaration()) {
      if (d.lexiconDecl() != null) {
        declareLexicon(d.lexiconDecl());
      } else if (d.defineDecl() != null) {
        Token n = d.defineDecl().name;
        if (defines.containsKey(n.getText()) || lexicons.containsKey(n.getText())) {
          error(n, "'" + n.getText() + "' is already declared");
        } else if (isBuiltin(n.getText())) {
          error(n, "'" + n.getText() + "' is a built-in type and cannot be redefined");
        } else {
          defines.put(n.getText(), d.defineDecl());
        }
      }
    }
    for (RuleParser.DeclarationContext d : file.declaration()) {
      if (d.ruleDecl() != null) {
        ruleNamesInFile.add(d.ruleDecl().name.getText());
      }
    }
    List<CompiledRule> rules = new ArrayList<>();
    Set<String> ruleNames = new HashSet<>();
    int order = 0;
    for (RuleParser.DeclarationContext d : file.declaration()) {
      ParserRuleContext decl = d.ruleDecl() != null ? d.ruleDecl() : d.checkDecl();
      if (decl == null) {
        continue;
      }
      Token nameToken = d.ruleDecl() != null ? d.ruleDecl().name : d.checkDecl().name;
      if (!ruleNames.add(nameToken.getText())) {
        error(nameToken, "a rule or check named '" + nameToken.getText() + "' is already declared");
        continue;
      }
      CompiledRule rule = compileRule(name, d, order++);
      if (rule != null) {
        rules.add(rule);
      }
    }
    for (String lex : lexicons.keySet()) {
      if (!usedNames.contains("@" + lex)) {
        warning(lexiconTokens.get(lex), "lexicon '" + lex + "' is never used");
      }
    }
    for (var e : defines.entrySet()) {
      if (!usedNames.contains(e.getKey())) {
        warning(e.getValue().name, "define '" + e.getKey() + "' is never used");
      }
    }
    if (!errors.isEmpty()) {
      // in file order, as a reader goes through them (the compiler finds some in another order:
      // a rule's emit before its when); each file's diagnostics stay together
      List<String> sources = errors.stream().map(Diagnostic::source).distinct().toList();
      List<Diagnostic> all = new ArrayList<>(errors);
      all.sort(java.util.Comparator.comparingInt((Diagnostic d) -> sources.indexOf(d.source()))
          .thenComparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
      all.addAll(warnings);
      throw new RuleCompileException(all);
    }
    return new CompiledRuleFile(name, description, source, text, rules, warnings);
  }

  /** Brings the lexicons and defines of another rule file into this one. */
  private void importFrom(RuleParser.ImportDeclContext imp) {
    boolean byPath = imp.STRING() != null;
    String ref = byPath ? unquote(imp.STRING().getSymbol()) : imp.qualifiedName().getText();
    Sources.Found found;
    try {
      found = byPath ? Sources.sibling(location, ref)
          : firstNonNull(Sources.resource(io.reportrules.RuleSet.resourcePath(ref)), Sources.sibling(location, ref + ".rules"));
    } catch (java.io.IOException e) {
      error(imp.start, "cannot read import '" + ref + "': " + e.getMessage());
      return;
    }
    if (found == null) {
      error(imp.start, "no rule set '" + ref + "' to import (looked " + (byPath ? "beside this file" : "on the classpath and beside this file") + ")");
      return;
    }
    if (importStack.contains(found.source())) {
      error(imp.start, "import cycle: " + String.join(" → ", importStack) + " → " + found.source());
      return;
    }
    List<String> stack = new ArrayList<>(importStack);
    stack.add(found.source());
    Imported imported;
    try {
      imported = new RuleFileCompiler(found.source(), found.source(), found.text(), stack).parseOnly();
    } catch (RuleCompileException e) {
      errors.addAll(e.diagnostics());
      error(imp.start, "imported rule set '" + ref + "' has errors");
      return;
    }
    imported.lexicons().forEach((name, trie) -> {
      if (lexicons.putIfAbsent(name, trie) != null) {
        error(imp.start, "lexicon '" + name + "' of '" + ref + "' is already declared");
      }
      lexiconTokens.putIfAbsent(name, imp.start);
      usedNames.add("@" + name);
    });
    imported.defines().forEach((name, def) -> {
      if (defines.putIfAbsent(name, def) != null) {
        error(imp.start, "define '" + name + "' of '" + ref + "' is already declared");
      }
      usedNames.add(name);
    });
  }

  private static Sources.Found firstNonNull(Sources.Found a, Sources.Found b) {
    return a != null ? a : b;
  }

  private void declareLexicon(RuleParser.LexiconDeclContext ctx) {
    String name = ctx.name.getText();
    if (lexicons.containsKey(name)) {
      error(ctx.name, "lexicon '" + name + "' is already declared");
      return;
    }
    Trie trie = new Trie();
    if (ctx.file != null) {
      String ref = unquote(ctx.file);
      try {
        Sources.Found found = Sources.sibling(location, ref);
        if (found == null) {
          error(ctx.file, "no lexicon file '" + ref + "' beside this rule file");
        } else {
          // one word a line; # starts a comment line
          for (String line : found.text().split("\r?\n")) {
            String w = line.strip();
            if (!w.isEmpty() && !w.startsWith("#")) {
              trie.add(w);
            }
          }
          if (trie.size() == 0) {
            error(ctx.file, "lexicon file '" + ref + "' holds no words");
          }
        }
      } catch (java.io.IOException e) {
        error(ctx.file, "cannot read lexicon file '" + ref + "': " + e.getMessage());
      }
    }
    for (RuleParser.LexiconWordContext w : ctx.lexiconWord()) {
      String word = w.STRING() != null ? unquote(w.STRING().getSymbol()) : w.getText();
      if (word.isEmpty()) {
        error(w.start, "a lexicon word cannot be empty");
      } else {
        trie.add(word);
      }
    }
    lexicons.put(name, trie);
    lexiconTokens.put(name, ctx.name);
  }

  /** Per-rule state: the captures bound by its pattern. */
  private final class RuleScope {
    final Map<String, Integer> captureIndex = new LinkedHashMap<>();
    final List<CaptureInfo> captures = new ArrayList<>();
    final List<String> defineStack = new ArrayList<>();

    int capture(String name, int typeMask, boolean indicator) {
      Integer k = captureIndex.get(name);
      if (k != null) {
        CaptureInfo old = captures.get(k);
        captures.set(k, new CaptureInfo(name, old.typeMask() | typeMask, old.indicator() || indicator));
        return k;
      }
      captureIndex.put(name, captures.size());
      captures.add(new CaptureInfo(name, typeMask, indicator));
      return captures.size() - 1;
    }
  }

  private CompiledRule compileRule(String ruleSet, RuleParser.DeclarationContext d, int order) {
    boolean check = d.checkDecl() != null;
    Token nameToken = check ? d.checkDecl().name : d.ruleDecl().name;
    List<RuleParser.RuleClauseContext> clauses = check ? d.checkDecl().ruleClause() : d.ruleDecl().ruleClause();
    String description = "";
    Severity severity = null;
    String message = null;
    if (check) {
      severity = Severity.parse(d.checkDecl().SEVERITY().getText());
      message = unquote(d.checkDecl().message);
      description = message;
    } else if (d.ruleDecl().description != null) {
      description = unquote(d.ruleDecl().description);
    }
    RuleScope scope = new RuleScope();
    PatternNode pattern = null;
    int priority = 0;
    List<List<RuleParser.EmitItemContext>> emitClauses = new ArrayList<>();
    List<CompiledRule.Example> examples = new ArrayList<>();
    RuleParser.WhenClauseContext whenCtx = null;
    CompiledRule.FactCheck factCheck = null;
    int errorsBefore = errors.size();
    for (RuleParser.RuleClauseContext c : clauses) {
      if (c instanceof RuleParser.MatchClauseContext m) {
          if (pattern != null) {
            error(m.start, "a rule has one match clause; combine alternatives with |");
          } else {
            int before = errors.size();
            pattern = pattern(m.pattern(), scope, -1);
            // an element that did not compile leaves a hole: say what is wrong with it, not this
            if (pattern != null && errors.size() == before && PatternNode.nullable(pattern)) {
              error(m.pattern().start, "this pattern can match the empty string; make at least one element required");
            }
          }
      } else if (c instanceof RuleParser.PriorityClauseContext p) {
        priority = (int) Double.parseDouble(p.signedNumber().getText());
      } else if (c instanceof RuleParser.EmitClauseContext e) {
          if (check) {
            error(e.start, "a check has no emit clause; its message names what it found");
          } else {
            emitClauses.add(e.emitItem());
          }
      } else if (c instanceof RuleParser.ExampleClauseContext e) {
        examples.add(example(e));
      } else if (c instanceof RuleParser.WhenClauseContext w) {
        whenCtx = w;
      } else if (c instanceof RuleParser.WhenFactClauseContext wf) {
        factCheck = factCheck(check, false, wf.factSelector(), wf.condition(), wf.start, factCheck);
      } else if (c instanceof RuleParser.RequireClauseContext rq) {
        factCheck = factCheck(check, true, rq.factSelector(), rq.condition(), rq.start, factCheck);
      } else if (c instanceof RuleParser.CounterexampleClauseContext e) {
        examples.add(new CompiledRule.Example(unquote(e.text), true, List.of(), e.start.getLine(), e.start.getCharPositionInLine() + 1));
      }
    }
    if (factCheck != null) {
      if (pattern != null) {
        error(nameToken, "check '" + nameToken.getText() + "' has both a match clause and a fact clause; use one");
      }
      if (errors.size() > errorsBefore) {
        return null;
      }
      return new CompiledRule(
          ruleSet + "/" + nameToken.getText(), nameToken.getText(), description, true, severity, message,
          priority, order, nameToken.getLine(), null, List.of(), List.of(), examples, null, null, factCheck);
    }
    if (pattern == null) {
      if (errors.size() == errorsBefore) {
        error(nameToken, (check ? "check" : "rule") + " '" + nameToken.getText() + "' has no match clause");
      }
      return null;
    }
    List<List<CompiledRule.EmitItem>> emits = new ArrayList<>();
    // "emit nothing": the rule claims what it matches (it wins overlaps as any rule) and yields no fact
    List<RuleParser.EmitItemContext> nothing = emitClauses.stream()
        .filter(items -> items.size() == 1 && items.get(0).expression() == null && items.get(0).name.getText().equals("nothing"))
        .findFirst().orElse(null);
    if (nothing != null) {
      if (emitClauses.size() > 1) {
        error(nothing.get(0).name, "'emit nothing' makes a rule that yields no fact; it cannot stand with other emit clauses");
      }
      emitClauses = List.of();
    }
    if (emitClauses.isEmpty() && nothing == null) {
      List<CompiledRule.EmitItem> all = new ArrayList<>();
      for (CaptureInfo ci : scope.captures) {
        all.add(new CompiledRule.EmitItem(ci.name(), new Expr.CaptureRef(scope.captureIndex.get(ci.name()), List.of())));
      }
      emits.add(all);
    }
    for (List<RuleParser.EmitItemContext> emitItems : emitClauses) {
      List<CompiledRule.EmitItem> group = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (RuleParser.EmitItemContext item : emitItems) {
        String field = item.name.getText();
        if (!seen.add(field)) {
          error(item.name, "field '" + field + "' is emitted twice");
        }
        Expr expr = item.expression() == null
            ? captureRef(item.name, List.of(), scope)
            : expression(item.expression(), scope);
        if (expr != null) {
          group.add(new CompiledRule.EmitItem(field, expr));
        }
      }
      emits.add(group);
    }
    if (check && message != null) {
      var pm = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)").matcher(message);
      while (pm.find()) {
        if (!pm.group(1).equals("text") && !scope.captureIndex.containsKey(pm.group(1))) {
          error(d.checkDecl().message, "the message names '{" + pm.group(1) + "}' but the pattern binds no such capture");
        }
      }
    }
    Condition when = whenCtx == null ? null : condition(whenCtx.condition(), scope);
    if (errors.size() > errorsBefore) {
      return null;
    }
    String impossible = neverMatches(pattern);
    if (impossible != null) {
      warning(nameToken, (check ? "check" : "rule") + " '" + nameToken.getText() + "' can never match: " + impossible);
    }
    Program program = Codegen.generate(pattern, scope.captures.size());
    return new CompiledRule(
        ruleSet + "/" + nameToken.getText(), nameToken.getText(), description, check, severity, message,
        priority, order, nameToken.getLine(), program, List.copyOf(scope.captures), emits, examples, when,
        Prefilters.of(pattern), null);
  }

  private CompiledRule.Example example(RuleParser.ExampleClauseContext e) {
    List<CompiledRule.Expectation> expectations = new ArrayList<>();
    for (RuleParser.ExpectationContext x : e.expectation()) {
      List<String> path = x.path().ID().stream().map(TerminalNode::getText).toList();
      expectations.add(new CompiledRule.Expectation(path, literal(x.literal())));
    }
    return new CompiledRule.Example(unquote(e.text), false, expectations, e.start.getLine(), e.start.getCharPositionInLine() + 1);
  }

  // ---- patterns

  private PatternNode pattern(RuleParser.PatternContext ctx, RuleScope scope, int mapCapture) {
    List<PatternNode> options = new ArrayList<>();
    List<Object> mapped = new ArrayList<>();
    boolean anyMapped = false;
    for (RuleParser.AlternativeContext alt : ctx.alternative()) {
      List<PatternNode> items = new ArrayList<>();
      for (RuleParser.ElementContext el : alt.element()) {
        PatternNode n = element(el, scope);
        if (n != null) {
          items.add(n);
        }
      }
      options.add(items.size() == 1 ? items.get(0) : new PatternNode.Seq(items));
      if (alt.literal() != null) {
        if (mapCapture < 0) {
          error(alt.ARROW().getSymbol(), "a mapped alternative (=>) must stand inside a named capture, e.g. dir:(增长 => +1 | 下降 => -1)");
        }
        mapped.add(literal(alt.literal()));
        anyMapped = true;
      } else {
        mapped.add(null);
      }
    }
    if (options.size() == 1 && !anyMapped) {
      return options.get(0);
    }
    return new PatternNode.Alt(options, mapped, mapCapture);
  }

  private PatternNode element(RuleParser.ElementContext el, RuleScope scope) {
    int k = -1;
    if (el.capture != null) {
      k = scope.capture(el.capture.getText(), typeMaskOf(el.atom()), isIndicator(el.atom()));
    }
    PatternNode body = atom(el.atom(), scope, k);
    if (body == null) {
      return null;
    }
    int min = 1;
    int max = 1;
    RuleParser.QuantifierContext q = el.quantifier();
    if (q != null) {
      if (q.QMARK() != null) {
        min = 0;
      } else if (q.STAR() != null) {
        min = 0;
        max = -1;
      } else if (q.PLUS() != null) {
        max = -1;
      } else {
        min = Integer.parseInt(q.min.getText());
        max = q.COMMA() == null ? min : q.max == null ? -1 : Integer.parseInt(q.max.getText());
        if ((max >= 0 && max < min) || min > MAX_REPEAT || max > MAX_REPEAT) {
          error(q.start, "a repetition {m,n} needs 0 <= m <= n <= " + MAX_REPEAT);
          min = 1;
          max = 1;
        }
      }
    }
    if (k < 0) {
      return min == 1 && max == 1 ? body : new PatternNode.Repeat(body, min, max);
    }
    // a capture binds all its element's repetitions (n:[0-9]* is every digit), and stays unbound
    // when there was none: x* is (x+)?, so an absent d:(…)? or n:[0-9]* reads as null
    if (max == 0) {
      return new PatternNode.Repeat(body, 0, 0);
    }
    PatternNode once = Math.max(min, 1) == 1 && max == 1 ? body : new PatternNode.Repeat(body, Math.max(min, 1), max);
    PatternNode captured = new PatternNode.Capture(k, once);
    return min == 0 ? new PatternNode.Repeat(captured, 0, 1) : captured;
  }

  private PatternNode atom(RuleParser.AtomContext atom, RuleScope scope, int mapCapture) {
    if (atom instanceof RuleParser.LiteralAtomContext l) {
      return literalNode(unquote(l.STRING().getSymbol()), l.start);
    }
    if (atom instanceof RuleParser.BareAtomContext b) {
      return literalNode(b.getText(), b.start);
    }
    if (atom instanceof RuleParser.GapAtomContext g) {
      int min = g.min == null ? 0 : Integer.parseInt(g.min.getText());
      int max = g.max == null ? DEFAULT_GAP_MAX : Integer.parseInt(g.max.getText());
      if (max < min || max < 1 || max > PikeVmLimits.MAX_GAP) {
        error(g.start, "a gap …{m,n} needs 0 <= m <= n, 1 <= n <= " + PikeVmLimits.MAX_GAP);
      }
      return new PatternNode.Gap(min, max);
    }
    if (atom instanceof RuleParser.ClassAtomContext c) {
      String cls = c.getText();
      CharPredicate p = classCache.get(cls);
      if (p == null) {
        try {
          p = CharPredicate.ofClass(Pattern.compile(cls));
          classCache.put(cls, p);
        } catch (PatternSyntaxException e) {
          error(c.start, "bad character class " + cls + ": " + e.getDescription());
          return null;
        }
      }
      return new PatternNode.Char(p, cls);
    }
    if (atom instanceof RuleParser.RegexAtomContext r) {
      String body = r.getText().substring(1, r.getText().length() - 1);
      try {
        return new PatternNode.Regex(Pattern.compile(body));
      } catch (PatternSyntaxException e) {
        error(r.start, "bad regex /" + body + "/: " + e.getDescription());
        return null;
      }
    }
    if (atom instanceof RuleParser.LexiconAtomContext l) {
      String name = l.getText().substring(1);
      Trie trie = lexicons.get(name);
      if (trie == null) {
        error(l.start, "unknown lexicon '@" + name + "'" + known(lexicons.keySet(), "lexicons"));
        return null;
      }
      usedNames.add("@" + name);
      return new PatternNode.Lexicon(trie, name);
    }
    if (atom instanceof RuleParser.NotFollowedByAtomContext nf) {
      Trie trie = lexiconRef(nf.LEXICON_REF().getSymbol());
      return trie == null ? null : new PatternNode.NotLexicon(trie, false);
    }
    if (atom instanceof RuleParser.NotPrecededByAtomContext np) {
      Trie trie = lexiconRef(np.LEXICON_REF().getSymbol());
      return trie == null ? null : new PatternNode.NotLexicon(trie, true);
    }
    if (atom instanceof RuleParser.NameAtomContext n) {
      return nameNode(n.ID().getSymbol(), scope);
    }
    if (atom instanceof RuleParser.GroupAtomContext g) {
      return pattern(g.pattern(), scope, mapCapture);
    }
    throw new IllegalStateException(atom.getClass().getName());
  }

  private Trie lexiconRef(Token ref) {
    String name = ref.getText().substring(1);
    Trie trie = lexicons.get(name);
    if (trie == null) {
      error(ref, "unknown lexicon '@" + name + "'" + known(lexicons.keySet(), "lexicons"));
      return null;
    }
    usedNames.add("@" + name);
    return trie;
  }

  private PatternNode nameNode(Token name, RuleScope scope) {
    String id = name.getText();
    if (id.equals("INDICATOR")) {
      return new PatternNode.Typed(0, true, id);
    }
    Integer anchor = io.reportrules.internal.engine.Anchors.KINDS.get(id);
    if (anchor != null) {
      return new PatternNode.Anchor(anchor);
    }
    if (id.equals("REPEATED_LINE")) {
      return new PatternNode.DocumentFeature(DocumentContext.FEATURE_REPEATED_LINE);
    }
    if (id.equals("MISSING_TOC_ENTRY")) {
      return new PatternNode.DocumentFeature(DocumentContext.FEATURE_MISSING_TOC_ENTRY);
    }
    if (id.equals("RESTARTED_NUMBERING")) {
      return new PatternNode.DocumentFeature(DocumentContext.FEATURE_RESTARTED_NUMBERING);
    }
    if (isBuiltin(id)) {
      return new PatternNode.Typed(DocumentContext.mask(QuantityType.valueOf(id)), false, id);
    }
    RuleParser.DefineDeclContext def = defines.get(id);
    if (def == null) {
      boolean upper = id.equals(id.toUpperCase(java.util.Locale.ROOT));
      error(name, "unknown " + (upper ? "type" : "define") + " '" + id + "'" + (upper
           ? " (built-in types: INDICATOR, REPEATED_LINE, MISSING_TOC_ENTRY, RESTARTED_NUMBERING, " + ANCHOR_NAMES + ", "
               + java.util.Arrays.stream(QuantityType.values()).map(Enum::name).collect(java.util.stream.Collectors.joining(", ")) + ")"
          : known(defines.keySet(), "defines")));
      return null;
    }
    if (scope.defineStack.contains(id)) {
      error(name, "define '" + id + "' refers to itself: " + String.join(" → ", scope.defineStack) + " → " + id);
      return null;
    }
    usedNames.add(id);
    scope.defineStack.add(id);
    PatternNode body = pattern(def.pattern(), scope, -1);
    scope.defineStack.remove(scope.defineStack.size() - 1);
    return body;
  }

  private PatternNode literalNode(String literal, Token at) {
    if (literal.isEmpty()) {
      error(at, "an empty literal \"\" matches nothing; remove it");
      return null;
    }
    String folded = Folding.fold(literal);
    List<PatternNode> chars = new ArrayList<>();
    for (int i = 0; i < folded.length(); i++) {
      chars.add(new PatternNode.Char(CharPredicate.of(folded.charAt(i)), String.valueOf(folded.charAt(i))));
    }
    return chars.size() == 1 ? chars.get(0) : new PatternNode.Seq(chars);
  }

  private static boolean isBuiltin(String id) {
    if (id.equals("INDICATOR") || DOCUMENT_FEATURES.contains(id) || io.reportrules.internal.engine.Anchors.KINDS.containsKey(id)) {
      return true;
    }
    for (QuantityType t : QuantityType.values()) {
      if (t.name().equals(id)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The union of figure types when the atom is a typed figure or an alternation of them, written
   * in place or as a define ({@code define rateFigure = PERCENT | POINTS}); else 0.
   */
  private int typeMaskOf(RuleParser.AtomContext atom) {
    return typeMaskOf(atom, 0);
  }

  private int typeMaskOf(RuleParser.AtomContext atom, int depth) {
    if (atom instanceof RuleParser.NameAtomContext n) {
      String id = n.getText();
      RuleParser.DefineDeclContext define = defines.get(id);
      if (define != null) {
        // a define naming itself is reported elsewhere; the depth only keeps this from looping on it
        return depth < 16 ? typeMaskOf(define.pattern(), depth + 1) : 0;
      }
      return isBuiltin(id) && !id.equals("INDICATOR") && !DOCUMENT_FEATURES.contains(id) && !io.reportrules.internal.engine.Anchors.KINDS.containsKey(id) ? DocumentContext.mask(QuantityType.valueOf(id)) : 0;
    }
    if (atom instanceof RuleParser.GroupAtomContext g) {
      return typeMaskOf(g.pattern(), depth);
    }
    return 0;
  }

  private int typeMaskOf(RuleParser.PatternContext pattern, int depth) {
    int mask = 0;
    for (RuleParser.AlternativeContext alt : pattern.alternative()) {
      if (alt.element().size() != 1 || alt.element(0).quantifier() != null) {
        return 0;
      }
      int m = typeMaskOf(alt.element(0).atom(), depth);
      if (m == 0) {
        return 0;
      }
      mask |= m;
    }
    return mask;
  }

  /**
   * True when the capture's text is an indicator to trim: INDICATOR itself, or a group each of
   * whose alternatives starts with INDICATOR (e.g. {@code (INDICATOR? @noun)}).
   */
  private static boolean isIndicator(RuleParser.AtomContext atom) {
    if (atom instanceof RuleParser.NameAtomContext n) {
      return n.getText().equals("INDICATOR");
    }
    if (atom instanceof RuleParser.GroupAtomContext g) {
      return g.pattern().alternative().stream()
          .allMatch(alt -> isIndicator(alt.element(0).atom()));
    }
    return false;
  }

  /** Why no text can match the pattern (an element it needs accepts nothing), or null. */
  private static String neverMatches(PatternNode n) {
    if (n instanceof PatternNode.Char c) {
      return c.predicate() == CharPredicate.NOTHING ? c.display() + " matches no character" : null;
    }
    if (n instanceof PatternNode.Capture c) {
      return neverMatches(c.body());
    }
    if (n instanceof PatternNode.Repeat r) {
      return r.min() > 0 ? neverMatches(r.body()) : null;
    }
    if (n instanceof PatternNode.Seq s) {
      return s.items().stream().map(RuleFileCompiler::neverMatches).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }
    if (n instanceof PatternNode.Alt a) {
      List<String> why = a.options().stream().map(RuleFileCompiler::neverMatches).toList();
      return why.stream().allMatch(java.util.Objects::nonNull) ? why.get(0) : null;
    }
    return null;
  }

  // ---- fact checks

  private CompiledRule.FactCheck factCheck(boolean isCheck, boolean require, RuleParser.FactSelectorContext selector,
      RuleParser.ConditionContext condition, Token at, CompiledRule.FactCheck previous) {
    if (!isCheck) {
      error(at, "only a check can look at facts ('when fact' / 'require fact')");
      return previous;
    }
    if (previous != null) {
      error(at, "a check has one 'when fact' or 'require fact' clause");
      return previous;
    }
    String rule = selector.ID() == null ? null : selector.ID().getText();
    if (rule != null && !ruleNamesInFile.contains(rule)) {
      error(selector.start, "no rule named '" + rule + "' in this rule set" + known(ruleNamesInFile, "rules"));
      return previous;
    }
    Condition where = condition == null ? null : factCondition(condition);
    return new CompiledRule.FactCheck(require, rule, where);
  }

  /** A condition over fact fields: every name is a field path, not a capture. */
  private Condition factCondition(RuleParser.ConditionContext ctx) {
    return condition(ctx, this::factExpression);
  }

  private Expr factExpression(RuleParser.ExpressionContext ctx) {
    if (ctx instanceof RuleParser.ParenExpressionContext p) {
      return factExpression(p.expression());
    }
    Expr arith = arithmetic(ctx, this::factExpression);
    if (arith != null || hadArithmetic(ctx)) {
      return arith;
    }
    if (ctx instanceof RuleParser.LiteralExpressionContext l) {
      return new Expr.Const(literal(l.literal()));
    }
    if (ctx instanceof RuleParser.PathExpressionContext p) {
      return new Expr.FieldRef(p.path().ID().stream().map(TerminalNode::getText).toList());
    }
    RuleParser.CallExpressionContext call = (RuleParser.CallExpressionContext) ctx;
    String fn = call.function.getText();
    if (!Condition.TEXT_TESTS.contains(fn)) {
      error(call.function, "in a fact condition the functions are " + String.join(", ", Condition.TEXT_TESTS) + "; found '" + fn + "'");
      return null;
    }
    if (call.expression().size() != 2) {
      error(call.function, "function '" + fn + "' takes 2 arguments, found " + call.expression().size());
      return null;
    }
    Expr a = factExpression(call.expression(0));
    Expr b = factExpression(call.expression(1));
    return a == null || b == null ? null : new Expr.Call(fn, List.of(a, b));
  }

  // ---- conditions

  private Condition condition(RuleParser.ConditionContext ctx, RuleScope scope) {
    return condition(ctx, e -> expression(e, scope));
  }

  /** A condition whose operands {@code operand} compiles (captures of a match, or fields of a fact). */
  private Condition condition(RuleParser.ConditionContext ctx, java.util.function.Function<RuleParser.ExpressionContext, Expr> operand) {
    if (ctx instanceof RuleParser.NotConditionContext n) {
      Condition inner = condition(n.condition(), operand);
      return inner == null ? null : new Condition.Not(inner);
    }
    if (ctx instanceof RuleParser.AndConditionContext a) {
      Condition l = condition(a.condition(0), operand);
      Condition r = condition(a.condition(1), operand);
      return l == null || r == null ? null : new Condition.And(l, r);
    }
    if (ctx instanceof RuleParser.OrConditionContext o) {
      Condition l = condition(o.condition(0), operand);
      Condition r = condition(o.condition(1), operand);
      return l == null || r == null ? null : new Condition.Or(l, r);
    }
    if (ctx instanceof RuleParser.GroupConditionContext g) {
      return condition(g.condition(), operand);
    }
    if (ctx instanceof RuleParser.TestConditionContext t) {
      // a test on its own, e.g. endsWith(indicator, "率"): true when it gives true
      Expr e = operand.apply(t.expression());
      return e == null ? null : new Condition.Compare(e, "=", new Expr.Const(Boolean.TRUE));
    }
    RuleParser.CompareConditionContext c = (RuleParser.CompareConditionContext) ctx;
    Expr l = operand.apply(c.expression(0));
    Expr r = operand.apply(c.expression(1));
    if (l == null || r == null) {
      return null;
    }
    String op = c.compareOp().getText();
    if (!op.equals("=") && !op.equals("!=") && (isTextConstant(l) || isTextConstant(r))) {
      error(c.compareOp().start, "'" + op + "' compares numbers; a quoted string can only be compared with = or !=");
      return null;
    }
    return new Condition.Compare(l, op, r);
  }

  private static boolean isTextConstant(Expr e) {
    return e instanceof Expr.Const k && (k.value() instanceof String || k.value() instanceof Boolean);
  }

  // ---- expressions

  private Expr expression(RuleParser.ExpressionContext ctx, RuleScope scope) {
    if (ctx instanceof RuleParser.ParenExpressionContext p) {
      return expression(p.expression(), scope);
    }
    java.util.function.Function<RuleParser.ExpressionContext, Expr> operand = e -> {
      Expr x = expression(e, scope);
      return x == null || numeric(e, x, scope) ? x : null;
    };
    Expr arith = arithmetic(ctx, operand);
    if (arith != null || hadArithmetic(ctx)) {
      return arith;
    }
    if (ctx instanceof RuleParser.LiteralExpressionContext l) {
      return new Expr.Const(literal(l.literal()));
    }
    if (ctx instanceof RuleParser.PathExpressionContext p) {
      List<TerminalNode> ids = p.path().ID();
      return captureRef(ids.get(0).getSymbol(), ids.subList(1, ids.size()).stream().map(TerminalNode::getText).toList(), scope);
    }
    RuleParser.CallExpressionContext c = (RuleParser.CallExpressionContext) ctx;
    String fn = c.function.getText();
    Integer arity = Functions.ARITY.get(fn);
    if (arity == null) {
      error(c.function, "unknown function '" + fn + "'" + known(Functions.ARITY.keySet(), "functions"));
      return null;
    }
    if (arity >= 0 && arity != c.expression().size()) {
      error(c.function, "function '" + fn + "' takes " + arity + " argument" + (arity == 1 ? "" : "s") + ", found " + c.expression().size());
      return null;
    }
    List<Expr> args = new ArrayList<>();
    for (RuleParser.ExpressionContext a : c.expression()) {
      Expr e = expression(a, scope);
      if (e == null) {
        return null;
      }
      args.add(e);
    }
    if (Functions.FIGURE_FIRST.contains(fn) && args.get(0) instanceof Expr.CaptureRef r
        && scope.captures.get(r.index()).typeMask() == 0) {
      error(c.expression(0).start, "function '" + fn + "' needs a figure (a capture of a typed built-in such as PERCENT) as its first argument");
      return null;
    }
    return new Expr.Call(fn, args);
  }

  /** True when {@code ctx} is an arithmetic form (then {@link #arithmetic} has compiled it or said why not). */
  private static boolean hadArithmetic(RuleParser.ExpressionContext ctx) {
    return ctx instanceof RuleParser.NegateExpressionContext || ctx instanceof RuleParser.MultiplyExpressionContext
        || ctx instanceof RuleParser.AddExpressionContext;
  }

  /**
   * An arithmetic form ({@code -a}, {@code a * b}, {@code a / b}, {@code a + b}, {@code a - b})
   * with operands compiled by {@code operand}; null when ctx is none or an operand did not compile
   * (its error is reported).
   */
  private Expr arithmetic(RuleParser.ExpressionContext ctx, java.util.function.Function<RuleParser.ExpressionContext, Expr> operand) {
    if (ctx instanceof RuleParser.NegateExpressionContext n) {
      Expr inner = operand.apply(n.expression());
      if (inner == null || notANumber(inner, "-", n.expression().start)) {
        return null;
      }
      return new Expr.Arith("-", new Expr.Const(0.0), inner);
    }
    RuleParser.ExpressionContext left;
    RuleParser.ExpressionContext right;
    String op;
    if (ctx instanceof RuleParser.MultiplyExpressionContext m) {
      left = m.expression(0);
      right = m.expression(1);
      op = m.op.getText();
    } else if (ctx instanceof RuleParser.AddExpressionContext a) {
      left = a.expression(0);
      right = a.expression(1);
      op = a.op.getText();
    } else {
      return null;
    }
    Expr l = operand.apply(left);
    Expr r = operand.apply(right);
    if (l == null || r == null) {
      return null;
    }
    if (notANumber(l, op, left.start) || notANumber(r, op, right.start)) {
      return null;
    }
    return new Expr.Arith(op, l, r);
  }

  /** True (with an error at {@code at}) when {@code side} is a constant that is no number. */
  private boolean notANumber(Expr side, String op, Token at) {
    if (isTextConstant(side) || (side instanceof Expr.Const k && k.value() == null)) {
      error(at, "'" + op + "' calculates with numbers; found "
          + (side instanceof Expr.Const k && k.value() == null ? "null" : "a quoted string or true/false"));
      return true;
    }
    return false;
  }

  /**
   * False (with an error) when an operand of arithmetic is known not to be a number: an INDICATOR
   * or text capture, or a figure without a field (value rather than value.base).
   */
  private boolean numeric(RuleParser.ExpressionContext ctx, Expr e, RuleScope scope) {
    if (e instanceof Expr.CaptureRef r && r.path().isEmpty()) {
      CaptureInfo info = scope.captures.get(r.index());
      if (info.typeMask() != 0) {
        error(ctx.start, "'" + info.name() + "' is a figure; calculate with one of its numbers, such as "
            + info.name() + ".base or " + info.name() + ".number");
        return false;
      }
      if (info.indicator()) {
        error(ctx.start, "'" + info.name() + "' is text (a noun phrase); arithmetic needs numbers");
        return false;
      }
    }
    return true;
  }

  private Expr captureRef(Token name, List<String> path, RuleScope scope) {
    Integer k = scope.captureIndex.get(name.getText());
    if (k == null) {
      error(name, "'" + name.getText() + "' is not a capture of this rule's pattern" + known(scope.captureIndex.keySet(), "captures"));
      return null;
    }
    return new Expr.CaptureRef(k, path);
  }

  private static Object literal(RuleParser.LiteralContext l) {
    if (l.STRING() != null) {
      return unquote(l.STRING().getSymbol());
    }
    if (l.signedNumber() != null) {
      return Double.parseDouble(l.signedNumber().getText());
    }
    if (l.TRUE() != null) {
      return Boolean.TRUE;
    }
    if (l.FALSE() != null) {
      return Boolean.FALSE;
    }
    return null;
  }

  // ---- helpers

  static String unquote(Token t) {
    String s = t.getText();
    StringBuilder out = new StringBuilder();
    for (int i = 1; i < s.length() - 1; i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length() - 1) {
        char n = s.charAt(++i);
        out.append(switch (n) {
          case 'n' -> '\n';
          case 't' -> '\t';
          default -> n;
        });
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String known(Set<String> names, String what) {
    return names.isEmpty() ? "" : " (known " + what + ": " + String.join(", ", new java.util.TreeSet<>(names)) + ")";
  }

  private void error(Token at, String message) {
    errors.add(new Diagnostic(source, Math.max(1, at.getLine()), at.getCharPositionInLine() + 1, Severity.ERROR, message, lines.line(at.getLine())));
  }

  private void warning(Token at, String message) {
    warnings.add(new Diagnostic(source, Math.max(1, at.getLine()), at.getCharPositionInLine() + 1, Severity.WARNING, message, lines.line(at.getLine())));
  }
}
