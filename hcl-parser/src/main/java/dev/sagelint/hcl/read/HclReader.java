package dev.sagelint.hcl.read;

import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.DiagnosticCode;
import dev.sagelint.hcl.grammar.HclLexer;
import dev.sagelint.hcl.grammar.HclParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Reads HCL native syntax ({@code .tf}, {@code .tfvars}) into a {@link ConfigFile}. Never throws on bad input:
 * syntax errors become {@code parse-error} diagnostics with line, column and what was expected, and input nested
 * deeper than the limit is refused before the parser (which recurses per nesting level) sees it.
 */
public final class HclReader {

    /** At most this many syntax errors are reported per file. */
    static final int MAX_ERRORS = 10;

    private final int maxNestingDepth;

    /** @param maxNestingDepth brackets, braces, parentheses and templates nested deeper than this are refused */
    public HclReader(int maxNestingDepth) {
        this.maxNestingDepth = maxNestingDepth;
    }

    /** Parses {@code text} as a config file (a body of attributes and blocks). */
    public ReadResult read(Path file, String text) {
        CharStream chars = CharStreams.fromString(text, file.toString());
        Source source = new Source(file, chars);
        List<Diagnostic> errors = new ArrayList<>();
        HclLexer lexer = new HclLexer(chars);
        CommonTokenStream tokens = tokens(lexer, file, errors);
        if (!errors.isEmpty()) return new ReadResult(Optional.empty(), errors);
        HclParser.ConfigFileContext tree = parse(tokens, file, errors, HclParser::configFile);
        if (!errors.isEmpty() || tree == null) return new ReadResult(Optional.empty(), errors);
        Body body = new TreeBuilder(source).body(tree.body());
        return new ReadResult(Optional.of(new ConfigFile(file, body)), List.of());
    }

    /**
     * Parses {@code text} as a template (the content of a quoted string, without the quotes), placing every node
     * at {@code at}: used for the strings of {@code .tf.json} files.
     */
    public Optional<Expr> readTemplate(Source source, String text, dev.sagelint.model.Span at, List<Diagnostic> out) {
        CharStream chars = CharStreams.fromString(text, source.file().toString());
        List<Diagnostic> errors = new ArrayList<>();
        HclLexer lexer = new HclLexer(chars);
        lexer.startInTemplate();
        CommonTokenStream tokens = tokens(lexer, source.file(), errors);
        HclParser.TemplateFileContext tree =
                errors.isEmpty() ? parse(tokens, source.file(), errors, HclParser::templateFile) : null;
        if (!errors.isEmpty() || tree == null) {
            for (Diagnostic d : errors) {
                out.add(Diagnostic.error(d.code(), d.message(), d.file(), at.line(), at.column()));
            }
            return Optional.empty();
        }
        return Optional.of(
                new TreeBuilder(new Source(source.file(), chars), at).template(tree.template(), true, false, tree));
    }

    private CommonTokenStream tokens(HclLexer lexer, Path file, List<Diagnostic> errors) {
        lexer.removeErrorListeners();
        lexer.addErrorListener(new Collector(file, errors));
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        try {
            tokens.fill();
        } catch (RuntimeException e) {
            errors.add(Diagnostic.error(
                    DiagnosticCode.PARSE_ERROR, "cannot read the file: " + e.getMessage(), file, 0, 0));
            return tokens;
        }
        int depth = 0;
        int unaryRun = 0;
        for (Token t : tokens.getTokens()) {
            boolean unary = t.getType() == HclLexer.BANG || t.getType() == HclLexer.MINUS;
            unaryRun = unary ? unaryRun + 1 : 0;
            switch (t.getType()) {
                case HclLexer.LPAREN,
                        HclLexer.LBRACK,
                        HclLexer.LBRACE,
                        HclLexer.T_INTERP,
                        HclLexer.T_DIRECTIVE,
                        HclLexer.OQUOTE,
                        HclLexer.HEREDOC_START -> depth++;
                case HclLexer.RPAREN, HclLexer.RBRACK, HclLexer.RBRACE, HclLexer.CQUOTE, HclLexer.H_END -> depth--;
                default -> {}
            }
            // a long run of unary operators nests the parse as deeply as brackets do
            if (depth > maxNestingDepth || unaryRun > maxNestingDepth) {
                errors.add(Diagnostic.error(
                        DiagnosticCode.NESTING_TOO_DEEP,
                        "expressions are nested more than " + maxNestingDepth
                                + " levels deep here; the file is not analyzed",
                        file,
                        t.getLine(),
                        t.getCharPositionInLine() + 1));
                break;
            }
        }
        return tokens;
    }

    private interface Entry<T> {
        T parse(HclParser parser);
    }

    private <T> T parse(CommonTokenStream tokens, Path file, List<Diagnostic> errors, Entry<T> entry) {
        HclParser parser = new HclParser(tokens);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            return entry.parse(parser);
        } catch (ParseCancellationException | RecognitionException e) {
            // SLL could not decide or the input is wrong: parse again with full LL and report the errors.
        }
        tokens.seek(0);
        parser = new HclParser(tokens);
        parser.removeErrorListeners();
        parser.addErrorListener(new Collector(file, errors));
        parser.setErrorHandler(new DefaultErrorStrategy());
        parser.getInterpreter().setPredictionMode(PredictionMode.LL);
        T tree = entry.parse(parser);
        return errors.isEmpty() ? tree : null;
    }

    /** Turns ANTLR's errors into diagnostics with plain names for the tokens. */
    private static final class Collector extends BaseErrorListener {
        private final Path file;
        private final List<Diagnostic> errors;

        Collector(Path file, List<Diagnostic> errors) {
            this.file = file;
            this.errors = errors;
        }

        @Override
        public void syntaxError(
                Recognizer<?, ?> recognizer,
                Object offendingSymbol,
                int line,
                int column,
                String msg,
                RecognitionException e) {
            if (errors.size() >= MAX_ERRORS) return;
            String message;
            if (recognizer instanceof Parser parser && offendingSymbol instanceof Token token) {
                IntervalSet expected =
                        e != null && e.getExpectedTokens() != null ? e.getExpectedTokens() : parser.getExpectedTokens();
                message = "unexpected " + describe(token) + "; expected " + expectedWords(expected);
            } else {
                message = msg.replace("token recognition error at:", "unexpected character");
            }
            errors.add(
                    Diagnostic.error(DiagnosticCode.PARSE_ERROR, "syntax error: " + message, file, line, column + 1));
        }

        private static String describe(Token token) {
            if (token.getType() == Token.EOF) return "end of file";
            if (token.getType() == HclLexer.NL || token.getType() == HclLexer.T_NL) return "end of line";
            String text = token.getText();
            if (text.length() > 30) text = text.substring(0, 27) + "...";
            return "`" + text.strip() + "`";
        }

        private static String expectedWords(IntervalSet set) {
            if (set == null || set.isNil()) return "something else";
            List<String> words = new ArrayList<>();
            for (int type : set.toList()) {
                String w = tokenWord(type);
                if (!words.contains(w)) words.add(w);
            }
            if (words.size() > 8) return "an expression, a name or a closing bracket";
            return String.join(", ", words);
        }

        static String tokenWord(int type) {
            return switch (type) {
                case Token.EOF -> "end of file";
                case HclLexer.NL, HclLexer.H_NL -> "a new line";
                case HclLexer.IDENT -> "a name";
                case HclLexer.NUMBER -> "a number";
                case HclLexer.OQUOTE, HclLexer.CQUOTE -> "`\"`";
                case HclLexer.HEREDOC_START -> "a heredoc";
                case HclLexer.H_END -> "the heredoc end marker";
                case HclLexer.T_TEXT -> "text";
                case HclLexer.T_INTERP -> "`${`";
                case HclLexer.T_DIRECTIVE -> "`%{`";
                case HclLexer.LBRACE -> "`{`";
                case HclLexer.RBRACE -> "`}`";
                case HclLexer.LBRACK -> "`[`";
                case HclLexer.RBRACK -> "`]`";
                case HclLexer.LPAREN -> "`(`";
                case HclLexer.RPAREN -> "`)`";
                default -> {
                    String literal = HclLexer.VOCABULARY.getLiteralName(type);
                    yield literal != null
                            ? "`" + literal.replace("'", "") + "`"
                            : String.valueOf(HclLexer.VOCABULARY.getSymbolicName(type));
                }
            };
        }
    }
}
