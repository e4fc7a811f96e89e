/*
 * Parser of the ReportRules rule language. Entry rule: ruleFile.
 */
parser grammar RuleParser;

options { tokenVocab = RuleLexer; }

ruleFile
    : rulesetDecl importDecl* declaration* EOF
    ;

rulesetDecl
    : RULESET qualifiedName description=STRING?
    ;

importDecl
    : IMPORT (qualifiedName | STRING)
    ;

declaration
    : lexiconDecl
    | defineDecl
    | ruleDecl
    | checkDecl
    ;

lexiconDecl
    : LEXICON name=ID (EQ lexiconWord (PIPE lexiconWord)* | EQ? FROM file=STRING)
    ;

lexiconWord
    : BARE
    | STRING
    | ID
    ;

defineDecl
    : DEFINE name=ID EQ pattern
    ;

ruleDecl
    : RULE name=ID description=STRING? ruleClause*
    ;

checkDecl
    : CHECK name=ID SEVERITY message=STRING ruleClause*
    ;

ruleClause
    : PRIORITY signedNumber                                  # priorityClause
    | MATCH pattern                                          # matchClause
    | EMIT emitItem (COMMA emitItem)*                        # emitClause
    | EXAMPLE text=STRING (ARROW expectation (COMMA expectation)*)?  # exampleClause
    | COUNTEREXAMPLE text=STRING                             # counterexampleClause
    | WHEN FACT factSelector (WHERE condition)?              # whenFactClause
    | REQUIRE FACT factSelector (WHERE condition)?           # requireClause
    | WHEN condition                                         # whenClause
    ;

/** A rule of this rule set by name, or * for any of its rules. */
factSelector
    : ID
    | STAR
    ;

condition
    : NOT condition                                          # notCondition
    | condition AND condition                                # andCondition
    | condition OR condition                                 # orCondition
    | LPAREN condition RPAREN                                # groupCondition
    | expression compareOp expression                        # compareCondition
    | expression                                             # testCondition
    ;

compareOp
    : EQ | NE | LT | LE | GT | GE
    ;

pattern
    : alternative (PIPE alternative)*
    ;

alternative
    : element+ (ARROW literal)?
    ;

element
    : (capture=ID COLON)? atom quantifier?
    ;

quantifier
    : QMARK
    | STAR
    | PLUS
    | LBRACE min=NUMBER (COMMA max=NUMBER?)? RBRACE
    ;

atom
    : STRING                                  # literalAtom
    | BARE                                    # bareAtom
    | GAP (LBRACE min=NUMBER COMMA max=NUMBER RBRACE)?  # gapAtom
    | CHAR_CLASS                              # classAtom
    | REGEX                                   # regexAtom
    | LEXICON_REF                             # lexiconAtom
    | NOT_FOLLOWED_BY LEXICON_REF             # notFollowedByAtom
    | NOT_PRECEDED_BY LEXICON_REF             # notPrecededByAtom
    | ID                                      # nameAtom
    | LPAREN pattern RPAREN                   # groupAtom
    ;

emitItem
    : name=ID (EQ expression)?
    ;

/** Arithmetic binds as usual: unary minus, then * and /, then + and -, all left to right. */
expression
    : MINUS expression                                  # negateExpression
    | expression op=(STAR | SLASH) expression           # multiplyExpression
    | expression op=(PLUS | MINUS) expression           # addExpression
    | LPAREN expression RPAREN                          # parenExpression
    | literal                                           # literalExpression
    | function=ID LPAREN (expression (COMMA expression)*)? RPAREN  # callExpression
    | path                                              # pathExpression
    ;

expectation
    : path EQ literal
    ;

path
    : ID (DOT ID)*
    ;

literal
    : STRING
    | signedNumber
    | TRUE
    | FALSE
    | NULL
    ;

signedNumber
    : (PLUS | MINUS)? NUMBER
    ;

qualifiedName
    : ID (DOT (ID | keyword))*
    ;

/** Keywords may stand after a dot in a rule-set name: std.check, doc.emit. */
keyword
    : RULESET | IMPORT | LEXICON | DEFINE | RULE | CHECK | MATCH | EMIT | EXAMPLE | COUNTEREXAMPLE
    | PRIORITY | FROM | WHEN | WHERE | FACT | REQUIRE | AND | OR | NOT | TRUE | FALSE | NULL | SEVERITY
    ;
