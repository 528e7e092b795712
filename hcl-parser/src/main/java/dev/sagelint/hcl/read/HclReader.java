package dev.sagelint.hcl.read;

import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.DiagnosticCode;
import dev.sagelint.hcl.grammar.HclLexer;
import dev.sagelint.hcl.grammar.HclParser;
import dev.sagelint.suppress.SuppressionComments;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.ListTokenSource;
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
    private final BiConsumer<Path, SuppressionComments.Found> comments;

    /** @param maxNestingDepth brackets, braces, parentheses and templates nested deeper than this are refused */
    public HclReader(int maxNestingDepth) {
        this(maxNestingDepth, null);
    }

    /**
     * @param maxNestingDepth brackets, braces, parentheses and templates nested deeper than this are refused
     * @param comments        receives the {@code sagelint:ignore} comments of each file {@link #read} parses
     *                        without errors, as the lexer found them (text in strings and heredocs is no comment);
     *                        {@code null} when they are not wanted
     */
    public HclReader(int maxNestingDepth, BiConsumer<Path, SuppressionComments.Found> comments) {
        this.maxNestingDepth = maxNestingDepth;
        this.comments = comments;
    }

    /**
     * Parses {@code text} as a config file (a body of attributes and blocks). A file without errors is read one
     * top-level item at a time, so that neither the parse tree nor the token stream of the whole file is ever held;
     * a file with any error is read again whole, which is what finds and reports its errors.
     */
    public ReadResult read(Path file, String text) {
        CharStream chars = CharStreams.fromString(text, file.toString());
        Source source = new Source(file, chars);
        CommentTokens collected = comments == null ? null : new CommentTokens(file);
        Optional<Body> itemByItem = readByItem(source, chars, collected);
        if (itemByItem.isPresent()) {
            if (collected != null) comments.accept(file, collected.finish());
            return new ReadResult(Optional.of(new ConfigFile(file, itemByItem.get())), List.of());
        }
        chars.seek(0);
        return readWhole(source, chars);
    }

    /** Reads the file one item at a time, as {@link #read} does first; for tests. */
    Optional<Body> readByItem(Path file, String text) {
        CharStream chars = CharStreams.fromString(text, file.toString());
        return readByItem(new Source(file, chars), chars, null);
    }

    /** Parses the whole file at once, as {@link #read} does for a file with errors; for tests. */
    ReadResult readWhole(Path file, String text) {
        CharStream chars = CharStreams.fromString(text, file.toString());
        return readWhole(new Source(file, chars), chars);
    }

    /** Parses the whole file at once, holding its token stream and parse tree. */
    private ReadResult readWhole(Source source, CharStream chars) {
        Path file = source.file();
        List<Diagnostic> errors = new ArrayList<>();
        HclLexer lexer = new HclLexer(chars);
        CommonTokenStream tokens = tokens(lexer, file, errors);
        if (!errors.isEmpty()) return new ReadResult(Optional.empty(), errors);
        HclParser.ConfigFileContext tree = parse(tokens, file, errors, HclParser::configFile);
        if (!errors.isEmpty() || tree == null) return new ReadResult(Optional.empty(), errors);
        Body body = new TreeBuilder(source).body(tree.body());
        if (comments != null) {
            CommentTokens collected = new CommentTokens(file);
            tokens.getTokens().forEach(collected::token);
            comments.accept(file, collected.finish());
        }
        return new ReadResult(Optional.of(new ConfigFile(file, body)), List.of());
    }

    /**
     * Collects the suppression comments of one file from its tokens, in order, whitespace and comments included: a
     * comment stands on a line of its own when the token before it (blanks aside) ends on an earlier line.
     */
    private static final class CommentTokens {
        private final SuppressionComments found;
        private int lastLine;
        private boolean any;

        CommentTokens(Path file) {
            this.found = new SuppressionComments(file);
        }

        void token(Token t) {
            int type = t.getType();
            if (type == HclLexer.WS) return;
            if (type == HclLexer.LINE_COMMENT || type == HclLexer.BLOCK_COMMENT) {
                String text = t.getText();
                boolean ownLine = !any || lastLine < t.getLine();
                int breaks = 0;
                int lastBreak = -1;
                for (int c = 0; c < text.length(); c++) {
                    if (text.charAt(c) == '\n') {
                        breaks++;
                        lastBreak = c;
                    }
                }
                int column = t.getCharPositionInLine() + 1;
                int endColumn = breaks == 0 ? column + text.length() : text.length() - lastBreak;
                found.add(t.getLine(), column, t.getLine() + breaks, endColumn, text, ownLine);
            }
            lastLine = lastLine(t);
            any = true;
        }

        SuppressionComments.Found finish() {
            return found.finish();
        }
    }

    /** The line of a token's last character. */
    private static int lastLine(Token t) {
        String text = t.getText();
        int breaks = 0;
        for (int c = 0; c < text.length() - 1; c++) {
            if (text.charAt(c) == '\n') breaks++;
        }
        return t.getLine() + breaks;
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

    /**
     * Reads the file one top-level item at a time: the lexer runs lazily, the tokens of one item (up to a new line
     * outside any bracket) are parsed on their own, and the item's parse tree is turned into syntax nodes and
     * dropped before the next item is lexed. The HCL grammar continues an item across a top-level new line only
     * with {@code ?} or {@code :} of a conditional, which cannot start an item, so a file whose items all parse
     * alone parses whole into the same items. Empty when anything does not go through cleanly (a lexer error,
     * nesting deeper than the limit, an item that does not parse, input after an item): the caller then reads the
     * file whole, as before, and reports what is wrong.
     */
    private Optional<Body> readByItem(Source source, CharStream chars, CommentTokens collected) {
        HclLexer lexer = new HclLexer(chars);
        lexer.removeErrorListeners();
        boolean[] lexerError = {false};
        lexer.addErrorListener(new BaseErrorListener() {
            @Override
            public void syntaxError(
                    Recognizer<?, ?> recognizer,
                    Object symbol,
                    int line,
                    int column,
                    String msg,
                    RecognitionException e) {
                lexerError[0] = true;
            }
        });
        HclParser parser = new HclParser(null);
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        TreeBuilder builder = new TreeBuilder(source);
        List<Attribute> attributes = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        List<Token> item = new ArrayList<>();
        Nesting nesting = new Nesting();
        try {
            while (true) {
                Token t = lexer.nextToken();
                if (lexerError[0] || nesting.tooDeep(t)) return Optional.empty();
                if (collected != null) collected.token(t);
                if (t.getChannel() != Token.DEFAULT_CHANNEL) continue;
                boolean end = t.getType() == Token.EOF || (t.getType() == HclLexer.NL && nesting.depth == 0);
                if (!end) {
                    item.add(t);
                    continue;
                }
                if (!item.isEmpty()) {
                    HclParser.BodyItemContext tree = parseItem(parser, item);
                    if (tree == null) return Optional.empty();
                    builder.item(tree, attributes, blocks);
                    item.clear();
                }
                if (t.getType() == Token.EOF) return Optional.of(new Body(attributes, blocks));
            }
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** One top-level item alone: SLL first, full LL when SLL cannot decide; null when it does not parse whole. */
    private static HclParser.BodyItemContext parseItem(HclParser parser, List<Token> item) {
        for (PredictionMode mode : List.of(PredictionMode.SLL, PredictionMode.LL)) {
            CommonTokenStream tokens = new CommonTokenStream(new ListTokenSource(item));
            parser.setTokenStream(tokens);
            parser.getInterpreter().setPredictionMode(mode);
            try {
                HclParser.BodyItemContext tree = parser.bodyItem();
                if (tokens.LA(1) == Token.EOF) return tree;
                return null;
            } catch (ParseCancellationException | RecognitionException e) {
                // try the next mode
            }
        }
        return null;
    }

    /**
     * How deeply the tokens read so far are nested: brackets, braces, parentheses, templates, and runs of unary
     * operators (which nest the parse as deeply as brackets do).
     */
    private final class Nesting {
        int depth;
        int unaryRun;

        /** Counts {@code t}; true when it takes the nesting past the limit. */
        boolean tooDeep(Token t) {
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
            return depth > maxNestingDepth || unaryRun > maxNestingDepth;
        }
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
        Nesting nesting = new Nesting();
        for (Token t : tokens.getTokens()) {
            if (nesting.tooDeep(t)) {
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
