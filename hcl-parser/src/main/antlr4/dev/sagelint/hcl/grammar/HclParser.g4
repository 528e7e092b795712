/*
 * Parser for the HCL native syntax, written from the HCL syntax specification
 * (https://github.com/hashicorp/hcl/blob/main/hclsyntax/spec.md): a config file is a body of attributes and
 * blocks; expressions have HCL's operator precedence (from loosest to tightest: conditional, ||, &&, == !=,
 * < > <= >=, + -, * / %, unary ! -, then postfix index, attribute access and splats).
 *
 * HCL reserves no keywords: "for", "in", "if", "else", "endif", "endfor", "true", "false" and "null" are
 * identifiers that the rules below recognise by their text.
 */
parser grammar HclParser;

options { tokenVocab = HclLexer; }

@members {
    private boolean next(String word) {
        return _input.LT(1).getType() == IDENT && _input.LT(1).getText().equals(word);
    }

    private boolean after(int k, String word) {
        return _input.LT(k).getType() == IDENT && _input.LT(k).getText().equals(word);
    }
}

configFile : NL* body EOF ;

/** A template alone, as in a string of a .tf.json file. */
templateFile : template EOF ;

body : ( bodyItem ( NL+ bodyItem )* NL* )? ;

bodyItem
    : IDENT EQ expression                                       # attribute
    | IDENT blockLabel* LBRACE NL* body RBRACE                  # block
    ;

blockLabel
    : OQUOTE template CQUOTE
    | IDENT
    ;

// ---- expressions ----

expression
    : operation ( nl QUESTION nl expression nl COLON nl expression )?
    ;

operation : orOp ;

orOp  : andOp ( OR nl andOp )* ;
andOp : eqOp ( AND nl eqOp )* ;
eqOp  : cmpOp ( ( EQEQ | NEQ ) nl cmpOp )* ;
cmpOp : addOp ( ( LT | GT | LTE | GTE ) nl addOp )* ;
addOp : mulOp ( ( PLUS | MINUS ) nl mulOp )* ;
mulOp : unaryOp ( ( STAR | SLASH | PERCENT ) nl unaryOp )* ;

unaryOp
    : ( BANG | MINUS ) unaryOp
    | postfixExpr
    ;

postfixExpr : exprTerm postfix* ;

postfix
    : LBRACK expression RBRACK                                  # index
    | DOT IDENT                                                 # getAttr
    | DOT NUMBER                                                # legacyIndex
    | DOT STAR                                                  # attrSplat
    | LBRACK STAR RBRACK                                        # fullSplat
    ;

exprTerm
    : NUMBER                                                    # numberLit
    | OQUOTE template CQUOTE                                    # quotedTemplate
    | HEREDOC_START template H_END                              # heredoc
    | LBRACK forTupleBody RBRACK                                # forTuple
    | LBRACE NL* forObjectBody NL* RBRACE                       # forObject
    | LBRACK ( expression ( COMMA expression )* COMMA? )? RBRACK    # tuple
    | LBRACE NL* ( objectItem ( ( COMMA | NL+ ) NL* objectItem )* ( COMMA | NL+ )? NL* )? RBRACE   # object
    | IDENT ( DCOLON IDENT )* LPAREN arguments? RPAREN          # functionCall
    | IDENT                                                     # variable
    | LPAREN expression RPAREN                                  # parens
    ;

arguments : expression ( COMMA expression )* ( COMMA | ELLIPSIS )? ;

objectItem : expression ( EQ | COLON ) nl expression ;

forIntro : {next("for")}? IDENT IDENT ( COMMA IDENT )? {next("in")}? IDENT expression COLON nl ;

forTupleBody : forIntro expression ( nl forCond )? ;

forObjectBody : forIntro expression nl ARROW nl expression ELLIPSIS? ( nl forCond )? ;

forCond : {next("if")}? IDENT expression ;

nl : NL* ;

// ---- templates ----

template : templatePart* ;

templatePart
    : T_TEXT                                                    # literalText
    | H_NL                                                      # literalNewline
    | T_INTERP TILDE? expression TILDE? RBRACE                  # interpolation
    | templateIf                                                # ifDirective
    | templateFor                                               # forDirective
    ;

templateIf
    : T_DIRECTIVE TILDE? {next("if")}? IDENT expression TILDE? RBRACE template
      ( T_DIRECTIVE TILDE? {next("else")}? IDENT TILDE? RBRACE template )?
      T_DIRECTIVE TILDE? {next("endif")}? IDENT TILDE? RBRACE
    ;

templateFor
    : T_DIRECTIVE TILDE? {next("for")}? IDENT IDENT ( COMMA IDENT )? {next("in")}? IDENT expression TILDE? RBRACE
      template
      T_DIRECTIVE TILDE? {next("endfor")}? IDENT TILDE? RBRACE
    ;
