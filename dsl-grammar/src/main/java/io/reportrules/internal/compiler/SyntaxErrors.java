package io.reportrules.internal.compiler;

import io.reportrules.Diagnostic;
import io.reportrules.Severity;
import io.reportrules.internal.grammar.RuleLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Collects syntax errors and words them for people: what was found and what was expected, never
 * ANTLR token names.
 */
final class SyntaxErrors extends BaseErrorListener {
  private final String source;
  private final SourceLines lines;
  private final List<Diagnostic> errors = new ArrayList<>();

  SyntaxErrors(String source, SourceLines lines) {
    this.source = source;
    this.lines = lines;
  }

  List<Diagnostic> errors() {
    return errors;
  }

  @Override
  public void syntaxError(
      Recognizer<?, ?> recognizer,
      Object offendingSymbol,
      int line,
      int charPositionInLine,
      String msg,
      RecognitionException e) {
    String message;
    if (offendingSymbol instanceof Token token && recognizer instanceof Parser parser) {
      IntervalSet expected = e != null && e.getExpectedTokens() != null ? e.getExpectedTokens() : parser.getExpectedTokens();
      message = "found " + describeFound(token) + ", expected " + describeExpected(expected);
      if (token.getType() == RuleLexer.SLASH && expected.contains(RuleLexer.REGEX)) {
        // "/ +/": a regex atom may not start with a blank, which marks a division
        message += " (a regex atom starts right after its '/', without a blank: write / +/ as /[ ]+/)";
      }
    } else {
      message = msg;
    }
    errors.add(new Diagnostic(source, Math.max(1, line), charPositionInLine + 1, Severity.ERROR, message, lines.line(line)));
  }

  private static String describeFound(Token token) {
    if (token.getType() == Token.EOF) {
      return "the end of the file";
    }
    if (token.getType() == RuleLexer.UNKNOWN_CHAR) {
      if (token.getText().equals("\"")) {
        return "a string that is not closed on its line";
      }
      return "the unexpected character '" + token.getText() + "'";
    }
    String kind = describe(token.getType());
    String text = token.getText();
    if (text.length() > 20) {
      text = text.substring(0, 20) + "…";
    }
    return kind.startsWith("'") ? kind : kind + " '" + text + "'";
  }

  static String describeExpected(IntervalSet set) {
    List<String> words = new ArrayList<>();
    for (int type : set.toList()) {
      String w = describe(type);
      if (!words.contains(w)) {
        words.add(w);
      }
    }
    if (words.isEmpty()) {
      return "something else";
    }
    if (words.size() > 8) {
      words = new ArrayList<>(words.subList(0, 8));
      words.add("…");
    }
    if (words.size() == 1) {
      return words.get(0);
    }
    return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
  }

  static String describe(int type) {
    return switch (type) {
      case Token.EOF -> "the end of the file";
      case RuleLexer.ID -> "a name";
      case RuleLexer.STRING -> "a quoted string";
      case RuleLexer.BARE -> "Chinese text";
      case RuleLexer.NUMBER -> "a number";
      case RuleLexer.CHAR_CLASS -> "a character class [...]";
      case RuleLexer.REGEX -> "a regex /.../";
      case RuleLexer.LEXICON_REF -> "a lexicon reference @name";
      case RuleLexer.GAP -> "a gap …";
      case RuleLexer.SEVERITY -> "a severity (error, warning or info)";
      case RuleLexer.UNKNOWN_CHAR -> "an unexpected character";
      default -> {
        String literal = RuleLexer.VOCABULARY.getLiteralName(type);
        yield literal != null ? literal : RuleLexer.VOCABULARY.getDisplayName(type).toLowerCase();
      }
    };
  }
}
