package dev.sagelint.cfn.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.sagelint.cfn.read.CfnNode.Entry;
import dev.sagelint.cfn.read.CfnNode.Intrinsic;
import dev.sagelint.cfn.read.CfnNode.Mapping;
import dev.sagelint.cfn.read.CfnNode.Scalar;
import dev.sagelint.cfn.read.CfnNode.Sequence;
import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.DiagnosticCode;
import dev.sagelint.engine.ScanContext;
import dev.sagelint.model.Span;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the positioned tree from JSON with Jackson's streaming parser, whose token locations give the line and
 * column of every key and value. Strict JSON, as CloudFormation reads it: no comments, no trailing commas.
 */
final class JsonTreeBuilder {

    private final SourceText source;
    private final ScanContext.Limits limits;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private JsonTreeBuilder(SourceText source, ScanContext.Limits limits) {
        this.source = source;
        this.limits = limits;
    }

    static ReadResult read(SourceText source, ScanContext.Limits limits) {
        return new JsonTreeBuilder(source, limits).read();
    }

    private ReadResult read() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth() + 1)
                        .build())
                .build();
        JsonParser parser = null;
        try {
            parser = factory.createParser(source.text());
            JsonToken first = parser.nextToken();
            if (first == null) return new ReadResult(Optional.empty(), diagnostics);
            CfnNode root = value(parser, first, 1);
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                return ReadResult.failed(Diagnostic.error(DiagnosticCode.PARSE_ERROR,
                        "JSON syntax error: more content after the end of the document", source.file(),
                        at.getLineNr(), at.getColumnNr()));
            }
            return new ReadResult(Optional.of(root), diagnostics);
        } catch (LimitExceeded e) {
            return ReadResult.failed(e.diagnostic());
        } catch (StreamConstraintsException e) {
            JsonLocation at = e.getLocation() != null ? e.getLocation()
                    : parser != null ? parser.currentLocation() : null;
            return ReadResult.failed(Diagnostic.error(DiagnosticCode.VALUE_TOO_LARGE, "the file exceeds a size "
                    + "limit of the JSON reader (" + e.getOriginalMessage() + "); it is not analyzed", source.file(),
                    at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr()));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            return ReadResult.failed(Diagnostic.error(DiagnosticCode.PARSE_ERROR,
                    "JSON syntax error: " + plain(e.getOriginalMessage()), source.file(),
                    at == null ? 0 : Math.max(0, at.getLineNr()), at == null ? 0 : Math.max(0, at.getColumnNr())));
        } catch (IOException e) {
            return ReadResult.failed(Diagnostic.error(DiagnosticCode.PARSE_ERROR,
                    "JSON syntax error: " + plain(e.getMessage()), source.file(), 0, 0));
        } finally {
            if (parser != null) {
                try {
                    parser.close();
                } catch (IOException ignored) {
                    // reading from a string; nothing to release
                }
            }
        }
    }

    private CfnNode value(JsonParser parser, JsonToken token, int depth) throws IOException {
        JsonLocation start = parser.currentTokenLocation();
        switch (token) {
            case START_OBJECT:
                checkDepth(start, depth);
                return object(parser, start, depth);
            case START_ARRAY: {
                checkDepth(start, depth);
                List<CfnNode> items = new ArrayList<>();
                JsonToken next;
                while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
                    items.add(value(parser, next, depth + 1));
                }
                JsonLocation end = parser.currentLocation();
                return new Sequence(items, span(start, end), snippet(start, end));
            }
            case VALUE_STRING: {
                String text = parser.getText();
                JsonLocation end = parser.currentLocation();
                return new Scalar(text, false, span(start, end), snippet(start, end));
            }
            default: {
                String text = parser.getText();
                JsonLocation end = parser.currentLocation();
                return new Scalar(text, true, span(start, end), snippet(start, end));
            }
        }
    }

    private CfnNode object(JsonParser parser, JsonLocation start, int depth) throws IOException {
        List<Entry> entries = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            JsonLocation keyAt = parser.currentTokenLocation();
            String key = parser.currentName();
            Span keySpan = keySpan(keyAt);
            Integer first = firstLine.putIfAbsent(key, keySpan.line());
            if (first != null) {
                diagnostics.add(Diagnostic.error(DiagnosticCode.DUPLICATE_KEY, "duplicate key `" + key
                        + "`: it is already written at line " + first + " of the same object", source.file(),
                        keySpan.line(), keySpan.column()));
            }
            entries.add(new Entry(key, keySpan, value(parser, parser.nextToken(), depth + 1)));
        }
        JsonLocation end = parser.currentLocation();
        Span span = span(start, end);
        Snippet snippet = snippet(start, end);
        if (entries.size() == 1 && Intrinsics.isLongForm(entries.get(0).key())) {
            return new Intrinsic(entries.get(0).key(), entries.get(0).value(), span, snippet);
        }
        return new Mapping(entries, span, snippet);
    }

    private void checkDepth(JsonLocation at, int depth) {
        if (depth > limits.maxNestingDepth()) {
            throw new LimitExceeded(Diagnostic.error(DiagnosticCode.NESTING_TOO_DEEP, "values are nested more than "
                    + limits.maxNestingDepth() + " levels deep; the file is not analyzed", source.file(),
                    at.getLineNr(), at.getColumnNr()));
        }
    }

    /** A key ends at its closing quote; JSON strings cannot span lines. */
    private Span keySpan(JsonLocation at) {
        String text = source.text();
        int begin = (int) at.getCharOffset();
        int i = begin + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            i += c == '\\' ? 2 : 1;
            if (c == '"') break;
        }
        int length = Math.min(i, text.length()) - begin;
        return source.span(at.getLineNr(), at.getColumnNr(), at.getLineNr(), at.getColumnNr() + length);
    }

    private Span span(JsonLocation start, JsonLocation end) {
        return source.span(start.getLineNr(), start.getColumnNr(), end.getLineNr(), end.getColumnNr());
    }

    private Snippet snippet(JsonLocation start, JsonLocation end) {
        return source.snippet((int) start.getCharOffset(), (int) end.getCharOffset());
    }

    private static String plain(String message) {
        return message == null ? "the document cannot be parsed" : message.strip();
    }
}
