package dev.sagelint.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.DiagnosticCode;
import dev.sagelint.engine.ScanContext;
import dev.sagelint.model.Span;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a JSON document into {@link JsonValue}s with the span of every key and value, within the scan's
 * {@link ScanContext.Limits}: a document larger than {@code maxFileBytes} characters or nested deeper than
 * {@code maxNestingDepth} is not read. Strict JSON (no comments, no trailing commas), as AWS reads it.
 *
 * <p>A document that is a piece of a larger file (a JSON string inside a template) gives its own
 * {@link Positions}, so that spans and diagnostics point into that file. Nothing escapes as an exception: a
 * syntax error or an exceeded limit gives a result without a tree, a duplicate key a result with a tree, each with
 * a diagnostic that has the file, line and column.
 */
public final class JsonReader {

    /**
     * A place in the text read: the offset of a character, and its 1-based line and column in the text.
     */
    public record Place(int offset, int line, int column) {}

    /** Maps the places of the text read to spans in the file. */
    @FunctionalInterface
    public interface Positions {
        /**
         * The span from {@code start} to just before {@code end}.
         */
        Span span(Place start, Place end);

        /** Positions of a document that is the whole file. */
        static Positions ofFile(Path file) {
            return (start, end) ->
                    new Span(file, Math.max(1, start.line()), Math.max(1, start.column()), end.line(), end.column());
        }
    }

    /** The tree when the document could be read, and what was found wrong with it. */
    public record Result(Optional<JsonValue> root, List<Diagnostic> diagnostics) {
        public Result {
            diagnostics = List.copyOf(diagnostics);
        }

        /** Whether any diagnostic is an error. */
        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    /** The kinds of scalar a {@link Builder} is handed. */
    public enum ScalarKind {
        STRING,
        NUMBER,
        TRUE,
        FALSE,
        NULL
    }

    /**
     * What a read builds from the document's tokens, node by node as they end: {@link JsonValue}s by default; a
     * front-end may build its own tree straight from the tokens instead of copying a tree of {@code JsonValue}s.
     * Each node comes with its span in the file and the offsets in the text read where it starts and ends (just
     * after its last character).
     *
     * @param <T> the nodes
     * @param <M> the members of objects
     */
    public interface Builder<T, M> {
        M member(String key, Span keySpan, T value);

        T object(List<M> members, Span span, int start, int end);

        T array(List<T> items, Span span, int start, int end);

        /** A scalar; {@code text} is a string's value, a number as written, or {@code true}, {@code false}, {@code null}. */
        T scalar(ScalarKind kind, String text, Span span, int start, int end);
    }

    /** The tree a {@link Builder} built, when the document could be read, and what was found wrong with it. */
    public record Tree<T>(Optional<T> root, List<Diagnostic> diagnostics) {
        public Tree {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    private static final Builder<JsonValue, JsonValue.Member> VALUES = new Builder<>() {
        @Override
        public JsonValue.Member member(String key, Span keySpan, JsonValue value) {
            return new JsonValue.Member(key, keySpan, value);
        }

        @Override
        public JsonValue object(List<JsonValue.Member> members, Span span, int start, int end) {
            return new JsonValue.Obj(members, span);
        }

        @Override
        public JsonValue array(List<JsonValue> items, Span span, int start, int end) {
            return new JsonValue.Arr(items, span);
        }

        @Override
        public JsonValue scalar(ScalarKind kind, String text, Span span, int start, int end) {
            return switch (kind) {
                case STRING -> new JsonValue.Str(text, span);
                case NUMBER -> new JsonValue.Num(text, span);
                case TRUE -> new JsonValue.Bool(true, span);
                case FALSE -> new JsonValue.Bool(false, span);
                case NULL -> new JsonValue.Null(span);
            };
        }
    };

    /** Stops reading when a limit is reached; it never leaves the reader. */
    private static final class Stop extends RuntimeException {
        private final transient Diagnostic diagnostic;

        Stop(Diagnostic diagnostic) {
            super(diagnostic.message(), null, false, false);
            this.diagnostic = diagnostic;
        }
    }

    /**
     * One factory per nesting limit, shared by every read: a factory is thread-safe, and making one per document
     * costs its symbol tables each time.
     */
    /** Up to this many keys, an object's keys are checked for duplicates in a list rather than a map. */
    private static final int SMALL_OBJECT = 8;

    private static final Map<Integer, JsonFactory> FACTORIES = new ConcurrentHashMap<>();

    private static JsonFactory factory(int maxNestingDepth) {
        return FACTORIES.computeIfAbsent(
                maxNestingDepth,
                depth -> JsonFactory.builder()
                        .streamReadConstraints(StreamReadConstraints.builder()
                                .maxNestingDepth(depth + 1)
                                .build())
                        .build());
    }

    private final Path file;
    private final String text;
    private final ScanContext.Limits limits;
    /** Null when the document is the whole file, whose places are the file's own. */
    private final Positions embedded;

    private final Positions positions;
    /** What is not analyzed when a limit is reached, in messages. */
    private final String subject;

    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private JsonReader(Path file, String text, ScanContext.Limits limits, Positions embedded) {
        this.file = file;
        this.text = text;
        this.limits = limits;
        this.embedded = embedded;
        this.positions = embedded != null ? embedded : Positions.ofFile(file);
        this.subject = embedded != null ? "the document" : "the file";
    }

    /** Reads a document that is the whole of {@code file}. */
    public static Result read(Path file, String text, ScanContext.Limits limits) {
        return result(new JsonReader(file, text, limits, null).read(VALUES));
    }

    /** Reads a document written inside {@code file}, whose places {@code positions} maps into the file. */
    public static Result read(Path file, String text, ScanContext.Limits limits, Positions positions) {
        return result(new JsonReader(file, text, limits, positions).read(VALUES));
    }

    /** Reads a document that is the whole of {@code file} into the nodes {@code builder} makes. */
    public static <T, M> Tree<T> read(Path file, String text, ScanContext.Limits limits, Builder<T, M> builder) {
        return new JsonReader(file, text, limits, null).read(builder);
    }

    private static Result result(Tree<JsonValue> tree) {
        return new Result(tree.root(), tree.diagnostics());
    }

    private <T, M> Tree<T> read(Builder<T, M> builder) {
        if (text.length() > limits.maxFileBytes()) {
            return failed(Diagnostic.error(
                    DiagnosticCode.FILE_TOO_LARGE,
                    subject + " is larger than " + limits.maxFileBytes() + " characters; it is not analyzed",
                    file,
                    1,
                    1));
        }
        try (JsonParser parser = factory(limits.maxNestingDepth()).createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) return new Tree<>(Optional.empty(), diagnostics);
            T root = value(parser, first, 1, builder);
            if (parser.nextToken() != null) {
                return failed(error(
                        DiagnosticCode.PARSE_ERROR,
                        "JSON syntax error: more content after the end of the document",
                        parser.currentTokenLocation()));
            }
            return new Tree<>(Optional.of(root), diagnostics);
        } catch (Stop e) {
            return failed(e.diagnostic);
        } catch (StreamConstraintsException e) {
            return failed(error(
                    DiagnosticCode.VALUE_TOO_LARGE,
                    subject + " exceeds a size limit of the JSON reader (" + e.getOriginalMessage()
                            + "); it is not analyzed",
                    e.getLocation()));
        } catch (JsonProcessingException e) {
            return failed(error(
                    DiagnosticCode.PARSE_ERROR,
                    "JSON syntax error: " + plain(e.getOriginalMessage()),
                    e.getLocation()));
        } catch (IOException e) {
            return failed(error(DiagnosticCode.PARSE_ERROR, "JSON syntax error: " + plain(e.getMessage()), null));
        }
    }

    private <T, M> T value(JsonParser parser, JsonToken token, int depth, Builder<T, M> builder) throws IOException {
        JsonLocation start = parser.currentTokenLocation();
        switch (token) {
            case START_OBJECT -> {
                checkDepth(start, depth);
                return object(parser, start, depth, builder);
            }
            case START_ARRAY -> {
                checkDepth(start, depth);
                List<T> items = new ArrayList<>();
                JsonToken next;
                while ((next = parser.nextToken()) != JsonToken.END_ARRAY)
                    items.add(value(parser, next, depth + 1, builder));
                return node(builder, null, items, start, parser.currentLocation());
            }
            case VALUE_STRING -> {
                return scalar(builder, ScalarKind.STRING, parser.getText(), start, parser.currentLocation());
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return scalar(builder, ScalarKind.NUMBER, parser.getText(), start, parser.currentLocation());
            }
            case VALUE_TRUE -> {
                return scalar(builder, ScalarKind.TRUE, "true", start, parser.currentLocation());
            }
            case VALUE_FALSE -> {
                return scalar(builder, ScalarKind.FALSE, "false", start, parser.currentLocation());
            }
            default -> {
                return scalar(builder, ScalarKind.NULL, "null", start, parser.currentLocation());
            }
        }
    }

    private <T, M> T object(JsonParser parser, JsonLocation start, int depth, Builder<T, M> builder)
            throws IOException {
        List<M> members = new ArrayList<>();
        // The keys so far, to find a duplicate: arrays for the few keys of most objects, a map beyond.
        String[] keys = new String[SMALL_OBJECT];
        Span[] keySpans = new Span[SMALL_OBJECT];
        int count = 0;
        Map<String, Span> first = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            Span keySpan = keySpan(parser.currentTokenLocation(), key);
            Span earlier = null;
            if (first != null) {
                earlier = first.putIfAbsent(key, keySpan);
            } else {
                for (int k = 0; k < count && earlier == null; k++) {
                    if (keys[k].equals(key)) earlier = keySpans[k];
                }
                if (earlier == null && count < SMALL_OBJECT) {
                    keys[count] = key;
                    keySpans[count++] = keySpan;
                } else if (earlier == null) {
                    first = new HashMap<>();
                    for (int k = 0; k < count; k++) first.put(keys[k], keySpans[k]);
                    first.put(key, keySpan);
                }
            }
            if (earlier != null) {
                diagnostics.add(Diagnostic.error(
                        DiagnosticCode.DUPLICATE_KEY,
                        "duplicate key `" + key + "`: it is already written at line " + earlier.line()
                                + " of the same object",
                        keySpan.file(),
                        keySpan.line(),
                        keySpan.column()));
            }
            members.add(builder.member(key, keySpan, value(parser, parser.nextToken(), depth + 1, builder)));
        }
        return node(builder, members, null, start, parser.currentLocation());
    }

    /** An object (with {@code members}) or an array (with {@code items}) from {@code start} to {@code end}. */
    private <T, M> T node(Builder<T, M> builder, List<M> members, List<T> items, JsonLocation start, JsonLocation end) {
        Span span = span(start, end);
        int from = (int) start.getCharOffset();
        int to = (int) end.getCharOffset();
        return members != null ? builder.object(members, span, from, to) : builder.array(items, span, from, to);
    }

    private <T, M> T scalar(Builder<T, M> builder, ScalarKind kind, String text, JsonLocation start, JsonLocation end) {
        return builder.scalar(kind, text, span(start, end), (int) start.getCharOffset(), (int) end.getCharOffset());
    }

    private void checkDepth(JsonLocation at, int depth) {
        if (depth > limits.maxNestingDepth()) {
            throw new Stop(error(
                    DiagnosticCode.NESTING_TOO_DEEP,
                    "values are nested more than " + limits.maxNestingDepth() + " levels deep; " + subject
                            + " is not analyzed",
                    at));
        }
    }

    /**
     * A key ends at its closing quote; JSON strings cannot span lines. A key {@code name} without a quote or a
     * backslash that is written as it reads ends right after it; any other is scanned for its closing quote.
     */
    private Span keySpan(JsonLocation at, String name) {
        int begin = (int) at.getCharOffset();
        int i = begin + 1 + name.length();
        if (!(i < text.length()
                && text.charAt(i) == '"'
                && name.indexOf('"') < 0
                && name.indexOf('\\') < 0
                && text.startsWith(name, begin + 1))) {
            i = begin + 1;
            while (i < text.length()) {
                char c = text.charAt(i);
                i += c == '\\' ? 2 : 1;
                if (c == '"') break;
            }
        } else {
            i++;
        }
        int length = Math.min(i, text.length()) - begin;
        if (embedded == null) {
            return new Span(
                    file,
                    Math.max(1, at.getLineNr()),
                    Math.max(1, at.getColumnNr()),
                    at.getLineNr(),
                    at.getColumnNr() + length);
        }
        return positions.span(place(at), new Place(begin + length, at.getLineNr(), at.getColumnNr() + length));
    }

    private Span span(JsonLocation start, JsonLocation end) {
        if (embedded == null) {
            return new Span(
                    file,
                    Math.max(1, start.getLineNr()),
                    Math.max(1, start.getColumnNr()),
                    end.getLineNr(),
                    end.getColumnNr());
        }
        return positions.span(place(start), place(end));
    }

    private static Place place(JsonLocation at) {
        return new Place((int) at.getCharOffset(), at.getLineNr(), at.getColumnNr());
    }

    private Diagnostic error(DiagnosticCode code, String message, JsonLocation at) {
        if (at == null || at.getLineNr() < 1) return Diagnostic.error(code, message, file, 0, 0);
        if (embedded == null) {
            return Diagnostic.error(code, message, file, at.getLineNr(), Math.max(0, at.getColumnNr()));
        }
        Place p = place(at);
        Span s = positions.span(p, p);
        return Diagnostic.error(code, message, s.file(), s.line(), s.column());
    }

    private static <T> Tree<T> failed(Diagnostic d) {
        return new Tree<>(Optional.empty(), List.of(d));
    }

    private static String plain(String message) {
        return message == null ? "the document cannot be parsed" : message.strip();
    }
}
