/*
 * Lexer for the HCL native syntax, written from the HCL syntax specification
 * (https://github.com/hashicorp/hcl/blob/main/hclsyntax/spec.md).
 *
 * Newlines end attributes and separate object items, so they are tokens, except where the specification ignores
 * them: inside parentheses, brackets and template interpolations. The lexer keeps a stack of open brackets to know
 * which applies. Quoted templates and heredocs have their own modes; "${" and "%{" push the default mode, and the
 * matching "}" pops it again. Heredoc ends are found by comparing a whole line with the marker.
 */
lexer grammar HclLexer;

@header {
import java.util.ArrayDeque;
}

@members {
    /** Open brackets: '(' '[' '{', and 'i' for a template interpolation or directive. */
    private final ArrayDeque<Character> brackets = new ArrayDeque<>();
    /** Markers of the open heredocs, innermost first. */
    private final ArrayDeque<String> heredocMarkers = new ArrayDeque<>();
    /** Starts lexing in template mode, for a template that is not inside quotes (a JSON string). */
    public void startInTemplate() {
        pushMode(TEMPLATE);
    }

    private boolean newlinesSignificant() {
        Character top = brackets.peek();
        return top == null || top == '{';
    }

    private void open(char c) {
        brackets.push(c);
    }

    private void close() {
        if (!brackets.isEmpty()) brackets.pop();
        if (!_modeStack.isEmpty()) popMode();
    }

    private void closePlain() {
        if (!brackets.isEmpty()) brackets.pop();
    }

    private void startHeredoc(String text) {
        String marker = text.substring(text.startsWith("<<-") ? 3 : 2).trim();
        heredocMarkers.push(marker);
    }

    private boolean atHeredocEnd() {
        if (heredocMarkers.isEmpty()) return false;
        int start = _tokenStartCharIndex;
        if (start > 0) {
            String before = _input.getText(org.antlr.v4.runtime.misc.Interval.of(start - 1, start - 1));
            if (!before.equals("\n")) return false;
        }
        return getText().trim().equals(heredocMarkers.peek());
    }

    private void endHeredoc() {
        if (!heredocMarkers.isEmpty()) heredocMarkers.pop();
        popMode();
    }
}

// ---- default mode: expressions and structure ----

NL          : ( '\r'? '\n' ) { if (!newlinesSignificant()) skip(); } ;
WS          : [ \t\f\r]+ -> channel(HIDDEN) ;
LINE_COMMENT: ( '#' | '//' ) ~[\r\n]* -> channel(HIDDEN) ;
BLOCK_COMMENT: '/*' .*? '*/' -> channel(HIDDEN) ;

HEREDOC_START : '<<' '-'? [\p{L}_] [\p{L}\p{Nd}_\-]* [ \t]* '\r'? '\n' { startHeredoc(getText()); } -> pushMode(HEREDOC) ;

NUMBER      : DIGIT+ ( '.' DIGIT+ )? ( [eE] [+\-]? DIGIT+ )? ;
ELLIPSIS    : '...' ;
DCOLON      : '::' ;
EQEQ        : '==' ;
NEQ         : '!=' ;
LTE         : '<=' ;
GTE         : '>=' ;
AND         : '&&' ;
OR          : '||' ;
ARROW       : '=>' ;
EQ          : '=' ;
LT          : '<' ;
GT          : '>' ;
PLUS        : '+' ;
MINUS       : '-' ;
STAR        : '*' ;
SLASH       : '/' ;
PERCENT     : '%' ;
BANG        : '!' ;
QUESTION    : '?' ;
COLON       : ':' ;
COMMA       : ',' ;
DOT         : '.' ;
TILDE       : '~' ;
LPAREN      : '(' { open('('); } ;
RPAREN      : ')' { closePlain(); } ;
LBRACK      : '[' { open('['); } ;
RBRACK      : ']' { closePlain(); } ;
LBRACE      : '{' { open('{'); } -> pushMode(DEFAULT_MODE) ;
RBRACE      : '}' { close(); } ;
OQUOTE      : '"' -> pushMode(TEMPLATE) ;
IDENT       : ID_START ID_CONTINUE* ;
ERRCHAR     : . ;

fragment DIGIT       : [0-9] ;
fragment ID_START    : [\p{L}\p{Nl}_] ;
fragment ID_CONTINUE : [\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_\-] ;

// ---- a quoted template: literal text, interpolations and directives until the closing quote ----
mode TEMPLATE;

CQUOTE      : '"' -> popMode ;
T_INTERP    : '${' { open('i'); } -> pushMode(DEFAULT_MODE) ;
T_DIRECTIVE : '%{' { open('i'); } -> pushMode(DEFAULT_MODE) ;
T_TEXT      : ( ~[$%"\\\r\n] | '\\' ~[\r\n] )+ ;
T_ESCAPED   : ( '$${' | '%%{' ) -> type(T_TEXT) ;
T_SIGN      : ( '$' | '%' ) -> type(T_TEXT) ;
T_NL        : '\r'? '\n' -> popMode ;

// ---- a heredoc template: lines of text until a line that holds only the marker ----
mode HEREDOC;

H_END       : [ \t]* [\p{L}_] [\p{L}\p{Nd}_\-]* [ \t\r]* { atHeredocEnd() }? { endHeredoc(); } ;
H_INTERP    : '${' { open('i'); } -> type(T_INTERP), pushMode(DEFAULT_MODE) ;
H_DIRECTIVE : '%{' { open('i'); } -> type(T_DIRECTIVE), pushMode(DEFAULT_MODE) ;
H_TEXT      : ~[$%\n]+ -> type(T_TEXT) ;
H_ESCAPED   : ( '$${' | '%%{' ) -> type(T_TEXT) ;
H_SIGN      : ( '$' | '%' ) -> type(T_TEXT) ;
H_NL        : '\n' ;
