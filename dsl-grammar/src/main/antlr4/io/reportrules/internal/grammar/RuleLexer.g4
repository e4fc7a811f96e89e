/*
 * Lexer of the ReportRules rule language. Keywords are lower case ASCII; Chinese text in patterns
 * may be written bare (a run of Han characters or CJK punctuation) or quoted.
 */
lexer grammar RuleLexer;

RULESET        : 'ruleset';
IMPORT         : 'import';
LEXICON        : 'lexicon';
DEFINE         : 'define';
RULE           : 'rule';
CHECK          : 'check';
MATCH          : 'match';
EMIT           : 'emit';
EXAMPLE        : 'example';
COUNTEREXAMPLE : 'counterexample';
PRIORITY       : 'priority';
FROM           : 'from';
WHEN           : 'when';
WHERE          : 'where';
FACT           : 'fact';
REQUIRE        : 'require';
AND            : 'and';
OR             : 'or';
NOT            : 'not';
TRUE           : 'true';
FALSE          : 'false';
NULL           : 'null';
SEVERITY       : 'error' | 'warning' | 'info';

ARROW      : '=>';
NOT_FOLLOWED_BY : '!>';
NOT_PRECEDED_BY : '<!';
LE         : '<=';
GE         : '>=';
NE         : '!=';
LT         : '<';
GT         : '>';
EQ         : '=';
LPAREN     : '(';
RPAREN     : ')';
LBRACE     : '{';
RBRACE     : '}';
PIPE       : '|';
QMARK      : '?';
STAR       : '*';
PLUS       : '+';
MINUS      : '-';
COMMA      : ',';
COLON      : ':';
DOT        : '.';
GAP        : '\u2026' | '...';
CARET      : '^';
DOLLAR     : '$';

LEXICON_REF : '@' NAME_PART;
NUMBER     : [0-9]+ ('.' [0-9]+)? ([eE] [+-]? [0-9]+)?;
ID         : NAME_PART;
STRING     : '"' (~["\\\r\n] | '\\' .)* '"';
CHAR_CLASS : '[' (~[\]\\\r\n] | '\\' .)+ ']';
/** A regex atom: /…/ whose first character is no blank, so that "a / b" in an expression divides. */
REGEX      : '/' (~[/\\\r\n* \t] | '\\' .) (~[/\\\r\n] | '\\' .)* '/';
SLASH      : '/';

/** Chinese text written without quotes: Han characters, CJK and full-width punctuation, but not the gap. */
BARE       : BARE_CHAR+;

LINE_COMMENT  : '//' ~[\r\n]* -> channel(HIDDEN);
BLOCK_COMMENT : '/*' .*? '*/' -> channel(HIDDEN);
WS            : [ \t\r\n\u000C\u3000]+ -> channel(HIDDEN);

/** Anything else is reported by the compiler as an unexpected character. */
UNKNOWN_CHAR : .;

fragment NAME_PART : [a-zA-Z_] [a-zA-Z0-9_]* ('-' [a-zA-Z0-9_]+)*;
fragment BARE_CHAR
    : [\p{Script=Han}]
    | [\u3001-\u303F]
    | [\uFF01-\uFF5E]
    | [\u2014\u2018\u2019\u201C\u201D\u2030\u00B7]
    ;
