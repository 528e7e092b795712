package dev.sagelint.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.DiagnosticCode;
import dev.sagelint.engine.ScanContext;
import dev.sagelint.model.Span;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The positioned JSON reader: spans of keys and values, duplicate keys, bad JSON and the scan's limits. */
class JsonReaderTest {

    private static final Path FILE = Path.of("definition.json");
    private static final ScanContext.Limits LIMITS = ScanContext.Limits.defaults();

    private static JsonReader.Result read(String json) {
        return JsonReader.read(FILE, json, LIMITS);
    }

    private static JsonValue root(String json) {
        JsonReader.Result result = read(json);
        assertThat(result.diagnostics()).isEmpty();
        return result.root().orElseThrow();
    }

    private static String at(Span s) {
        return s.line() + ":" + s.column() + "-" + s.endLine() + ":" + s.endColumn();
    }

    /** Follows object keys and array indexes written as {@code a/0/b}. */
    private static JsonValue.Member member(JsonValue root, String path) {
        JsonValue current = root;
        JsonValue.Member last = null;
        for (String segment : path.split("/")) {
            if (current instanceof JsonValue.Arr a) {
                current = a.items().get(Integer.parseInt(segment));
            } else {
                last = ((JsonValue.Obj) current).member(segment).orElseThrow();
                current = last.value();
            }
        }
        return last;
    }

    static Stream<Arguments> spans() {
        String doc = """
                {
                  "States": {"Train": {"Type": "Task"}},
                  "Count": 12.50,
                  "Flags": [true, null]
                }""";
        return Stream.of(
                Arguments.of(doc, "States", "2:3-2:11", "2:13-2:40"),
                Arguments.of(doc, "States/Train", "2:14-2:21", "2:23-2:39"),
                Arguments.of(doc, "States/Train/Type", "2:24-2:30", "2:32-2:38"),
                Arguments.of(doc, "Count", "3:3-3:10", "3:12-3:17"),
                Arguments.of(doc, "Flags", "4:3-4:10", "4:12-4:24"),
                Arguments.of("{\"a\\\"b\": 1}", "a\"b", "1:2-1:8", "1:10-1:11"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("spans")
    void keysAndValuesHaveTheirSpans(String json, String path, String keySpan, String valueSpan) {
        JsonValue.Member m = member(root(json), path);
        assertThat(at(m.keySpan())).isEqualTo(keySpan);
        assertThat(at(m.value().span())).isEqualTo(valueSpan);
        assertThat(m.keySpan().file()).isEqualTo(FILE);
    }

    @Test
    void valuesKeepTheirKindAndSpelling() {
        JsonValue.Obj o = (JsonValue.Obj) root("{\"n\": 12.50, \"s\": \"x\", \"b\": false, \"z\": null, \"l\": [1]}");
        assertThat(o.get("n")).containsInstanceOf(JsonValue.Num.class);
        assertThat(((JsonValue.Num) o.get("n").get()).text()).isEqualTo("12.50");
        assertThat(((JsonValue.Str) o.get("s").get()).value()).isEqualTo("x");
        assertThat(((JsonValue.Bool) o.get("b").get()).value()).isFalse();
        assertThat(o.get("z")).containsInstanceOf(JsonValue.Null.class);
        assertThat(((JsonValue.Arr) o.get("l").get()).items()).hasSize(1);
        assertThat(JsonValue.text(o)).isEqualTo("{\"n\":12.50,\"s\":\"x\",\"b\":false,\"z\":null,\"l\":[1]}");
    }

    @Test
    void duplicateKeyIsReportedAndTheLastOneCounts() {
        JsonReader.Result result = read("""
                {
                  "Type": "Pass",
                  "Type": "Task"
                }""");
        assertThat(result.root()).isPresent();
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.DUPLICATE_KEY);
            assertThat(d.level()).isEqualTo(Diagnostic.Level.ERROR);
            assertThat(d.file()).isEqualTo(FILE);
            assertThat(d.line()).isEqualTo(3);
            assertThat(d.column()).isEqualTo(3);
            assertThat(d.message()).contains("`Type`", "line 2");
        });
        assertThat(((JsonValue.Obj) result.root().get()).get("Type"))
                .hasValueSatisfying(v -> assertThat(((JsonValue.Str) v).value()).isEqualTo("Task"));
    }

    /**
     * Objects of few and of many keys (the reader keeps the keys of small objects in a list, of larger ones in a
     * map) report each later copy of a key against the line of its first.
     */
    @ParameterizedTest(name = "{0} keys, key {1} written again after key {2}")
    @MethodSource("duplicates")
    void duplicateKeysAreFoundWhateverTheSizeOfTheObject(int keys, int duplicated, int after) {
        StringBuilder json = new StringBuilder("{\n");
        for (int k = 0; k < keys; k++) {
            json.append("  \"k").append(k).append("\": ").append(k).append(",\n");
            if (k == after) json.append("  \"k").append(duplicated).append("\": \"again\",\n");
        }
        json.append("  \"last\": true\n}");

        JsonReader.Result result = read(json.toString());

        int again = after + 3; // the line after key `after`, whose line is after + 2
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.DUPLICATE_KEY);
            assertThat(d.line()).isEqualTo(again);
            assertThat(d.message()).contains("`k" + duplicated + "`", "line " + (duplicated + 2));
        });
    }

    static Stream<Arguments> duplicates() {
        return Stream.of(
                Arguments.of(2, 0, 1),
                Arguments.of(8, 3, 6),
                Arguments.of(8, 7, 7),
                Arguments.of(9, 0, 8),
                Arguments.of(20, 2, 15),
                Arguments.of(20, 12, 18));
    }

    /** A key with escapes ends at its closing quote, not after its decoded length. */
    @ParameterizedTest
    @MethodSource("escapedKeys")
    void keySpanEndsAtTheClosingQuote(String key, String decoded) {
        JsonValue.Member m = member(root("{\"" + key + "\": 1}"), decoded);
        assertThat(at(m.keySpan())).isEqualTo("1:2-1:" + (2 + key.length() + 2));
    }

    static Stream<Arguments> escapedKeys() {
        return Stream.of(
                Arguments.of("plain", "plain"),
                Arguments.of("a\\\"b", "a\"b"),
                Arguments.of("\\\\", "\\"),
                Arguments.of("\\u0041B", "AB"),
                Arguments.of("tab\\t", "tab\t"));
    }

    static Stream<Arguments> badJson() {
        return Stream.of(
                Arguments.of("{\"a\": 1,}", 1, 9),
                Arguments.of("{\n  \"a\" 1\n}", 2, 7),
                Arguments.of("{\"a\": [1, 2}", 1, 12),
                Arguments.of("{\"a\": 1}\n{\"b\": 2}", 2, 1),
                Arguments.of("{\n  // comment\n  \"a\": 1\n}", 2, 3),
                Arguments.of("{\"a\": \"open", 1, 12));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badJson")
    void badJsonIsADiagnosticWithLineAndColumn(String json, int line, int column) {
        JsonReader.Result result = read(json);
        assertThat(result.root()).isEmpty();
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.PARSE_ERROR);
            assertThat(d.message()).startsWith("JSON syntax error: ");
            assertThat(d.file()).isEqualTo(FILE);
            assertThat(d.line()).isEqualTo(line);
            assertThat(d.column()).isEqualTo(column);
        });
    }

    @Test
    void emptyDocumentHasNoTreeAndNoDiagnostic() {
        assertThat(read("  \n").root()).isEmpty();
        assertThat(read("  \n").diagnostics()).isEmpty();
    }

    @Test
    void nestingDeeperThanTheLimitIsNotRead() {
        ScanContext.Limits three = new ScanContext.Limits(LIMITS.maxFileBytes(), 3, LIMITS.maxAliasesPerFile());
        assertThat(JsonReader.read(FILE, "{\"a\": [{\"b\": 1}]}", three).root()).isPresent();
        JsonReader.Result result = JsonReader.read(FILE, "{\"a\": [{\n  \"b\": [1]}]}", three);
        assertThat(result.root()).isEmpty();
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.NESTING_TOO_DEEP);
            assertThat(d.message()).contains("more than 3 levels");
            assertThat(d.line()).isEqualTo(2);
            assertThat(d.column()).isEqualTo(8);
        });
    }

    @Test
    void defaultDepthLimitHoldsForHostileInput() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        JsonReader.Result result = read(deep);
        assertThat(result.root()).isEmpty();
        assertThat(result.diagnostics())
                .singleElement()
                .satisfies(d -> assertThat(d.code()).isEqualTo(DiagnosticCode.NESTING_TOO_DEEP));
    }

    @Test
    void documentLargerThanTheSizeLimitIsNotRead() {
        ScanContext.Limits small = new ScanContext.Limits(10, LIMITS.maxNestingDepth(), LIMITS.maxAliasesPerFile());
        JsonReader.Result result = JsonReader.read(FILE, "{\"a\": \"0123456789\"}", small);
        assertThat(result.root()).isEmpty();
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.FILE_TOO_LARGE);
            assertThat(d.message()).contains("larger than 10");
        });
    }

    @Test
    void positionsMapAnEmbeddedDocumentIntoItsFile() {
        Path template = Path.of("template.yaml");
        JsonReader.Positions shifted = (start, end) ->
                new Span(template, start.line() + 10, start.column() + 4, end.line() + 10, end.column() + 4);
        JsonReader.Result ok = JsonReader.read(FILE, "{\n\"a\": 1}", LIMITS, shifted);
        JsonValue.Member a =
                ((JsonValue.Obj) ok.root().orElseThrow()).member("a").orElseThrow();
        assertThat(a.keySpan()).isEqualTo(new Span(template, 12, 5, 12, 8));
        JsonReader.Result bad = JsonReader.read(FILE, "{\n\"a\" 1}", LIMITS, shifted);
        assertThat(bad.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.file()).isEqualTo(template);
            assertThat(d.line()).isEqualTo(12);
            assertThat(d.column()).isEqualTo(9);
        });
    }
}
