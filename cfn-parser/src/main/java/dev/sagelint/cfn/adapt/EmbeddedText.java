package dev.sagelint.cfn.adapt;

import dev.sagelint.cfn.read.CfnNode;
import dev.sagelint.cfn.read.CfnNode.Scalar;
import dev.sagelint.json.JsonReader;
import dev.sagelint.json.JsonValue;
import dev.sagelint.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a JSON document that a template writes as a string, or as pieces of strings joined by
 * {@code Fn::Join} or {@code Fn::Sub}, with where each character is written in the template.
 *
 * <p>A placeholder ({@code ${Name}}) or a function among the pieces becomes a marker in the text (a quoted one
 * where JSON expects a value), so the JSON still parses; {@link #restore} then puts the expression back in the
 * parsed JSON as an unknown value that the template's evaluator resolves when a job reads it.
 *
 * <p>Positions are exact for a YAML literal block ({@code |}): each line of the JSON is a line of the template.
 * In a quoted string on one line, the column is found by walking its escapes. A string that a YAML reader folded
 * from several lines maps to its first line.
 */
final class EmbeddedText {

    private static final Pattern MARKER = Pattern.compile("@@sagelint:(\\d+)@@");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}!][^}]*)}");

    /** Maps an offset inside one piece to a template position. */
    private interface Locator {
        int[] position(int offset);
    }

    private record Piece(int start, int end, Locator locator) {}

    private final StringBuilder text = new StringBuilder();
    private final List<Piece> pieces = new ArrayList<>();
    private final List<CfnNode> replacements = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();
    private final Map<String, CfnNode> substitutions;
    private final java.nio.file.Path file;
    private boolean inString;
    private boolean escaped;

    /**
     * @param substitutions the Step Functions {@code DefinitionSubstitutions}, whose {@code ${Name}} placeholders
     *                      are replaced by their values
     */
    EmbeddedText(java.nio.file.Path file, Map<String, CfnNode> substitutions) {
        this.file = file;
        this.substitutions = substitutions;
    }

    String text() {
        return text.toString();
    }

    /** Appends the characters {@code from} to {@code to} of a string as written in the template. */
    void appendLiteral(Scalar origin, int from, int to) {
        Locator locator = locator(origin);
        String value = origin.value();
        Matcher m = PLACEHOLDER.matcher(value).region(from, to);
        int at = from;
        while (m.find()) {
            if (!substitutions.containsKey(m.group(1))) continue;
            appendPlain(value.substring(at, m.start()), at, locator);
            int[] pos = locator.position(m.start());
            appendMarker(substitutions.get(m.group(1)), "${" + m.group(1) + "}", pos);
            at = m.end();
        }
        appendPlain(value.substring(at, to), at, locator);
    }

    /** Appends literal text that has no place of its own in the template (a {@code ${!Literal}}, a delimiter). */
    void appendText(String literal, CfnNode near) {
        int[] pos = {near.span().line(), near.span().column()};
        appendPlain(literal, 0, offset -> pos);
    }

    /** Appends a marker that stands for {@code expression}, written at {@code near}. */
    void appendExpression(CfnNode expression, String label, CfnNode near) {
        appendMarker(
                expression, label, new int[] {near.span().line(), near.span().column()});
    }

    private void appendPlain(String piece, int offsetInOrigin, Locator locator) {
        if (piece.isEmpty()) return;
        int start = text.length();
        text.append(piece);
        pieces.add(new Piece(start, text.length(), offset -> locator.position(offsetInOrigin + offset)));
        track(piece);
    }

    private void appendMarker(CfnNode expression, String label, int[] position) {
        int index = replacements.size();
        replacements.add(expression);
        labels.add(label);
        String marker = "@@sagelint:" + index + "@@";
        String written = inString ? marker : "\"" + marker + "\"";
        int start = text.length();
        text.append(written);
        pieces.add(new Piece(start, text.length(), offset -> position));
    }

    private void track(String piece) {
        for (int i = 0; i < piece.length(); i++) {
            char c = piece.charAt(i);
            if (escaped) {
                escaped = false;
            } else if (inString && c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = !inString;
            }
        }
    }

    /** Where each character of the text is written. */
    JsonReader.Positions positions() {
        return (start, end) -> {
            int[] from = position(start.offset());
            int[] to = position(Math.max(start.offset(), end.offset() - 1));
            return new Span(file, from[0], from[1], to[0], to[1] + 1);
        };
    }

    private int[] position(int offset) {
        for (Piece p : pieces) {
            if (offset >= p.start() && offset < p.end()) return p.locator().position(offset - p.start());
        }
        if (!pieces.isEmpty()) {
            Piece last = offset <= 0 ? pieces.get(0) : pieces.get(pieces.size() - 1);
            return last.locator().position(Math.max(0, Math.min(offset, last.end()) - last.start() - 1));
        }
        return new int[] {1, 1};
    }

    /** The parsed tree with each marker put back as the expression it stands for, converted by {@code json}. */
    JsonValue restore(JsonValue node, WorkflowJson json) {
        if (node instanceof JsonValue.Str s) {
            Matcher whole = MARKER.matcher(s.value());
            if (whole.matches()) return json.convert(replacements.get(Integer.parseInt(whole.group(1))));
            if (!s.value().contains("@@sagelint:")) return s;
            StringBuilder out = new StringBuilder();
            Matcher m = MARKER.matcher(s.value());
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(labels.get(Integer.parseInt(m.group(1)))));
            }
            m.appendTail(out);
            return new JsonValue.Str(out.toString(), s.span());
        }
        if (node instanceof JsonValue.Obj o) {
            List<JsonValue.Member> members = new ArrayList<>();
            for (JsonValue.Member m : o.members()) {
                members.add(new JsonValue.Member(m.key(), m.keySpan(), restore(m.value(), json)));
            }
            return new JsonValue.Obj(members, o.span());
        }
        if (node instanceof JsonValue.Arr a) {
            return new JsonValue.Arr(
                    a.items().stream().map(i -> restore(i, json)).toList(), a.span());
        }
        return node;
    }

    /** Maps offsets in the value of {@code origin} to template positions. */
    private static Locator locator(Scalar origin) {
        String written = origin.source().text();
        // A scalar under a YAML short-form tag (`!Sub |`) is quoted from the tag on.
        String raw = written.startsWith("!") ? written.replaceFirst("^!\\S*[ \t]*", "") : written;
        int line = origin.span().line();
        int column = origin.span().column() + (written.length() - raw.length());
        if (raw.startsWith("|")) {
            String[] rawLines = raw.split("\n", -1);
            int indent = 0;
            for (int k = 1; k < rawLines.length; k++) {
                if (!rawLines[k].isBlank()) {
                    indent = rawLines[k].length() - rawLines[k].stripLeading().length();
                    break;
                }
            }
            String value = origin.value();
            int firstContent = indent;
            return offset -> {
                int l = 0;
                int lineStart = 0;
                for (int i = 0; i < Math.min(offset, value.length()); i++) {
                    if (value.charAt(i) == '\n') {
                        l++;
                        lineStart = i + 1;
                    }
                }
                return new int[] {line + 1 + l, firstContent + (offset - lineStart) + 1};
            };
        }
        int[] rawIndex = rawIndexes(raw, origin.value().length());
        return offset -> {
            int r = rawIndex[Math.max(0, Math.min(offset, rawIndex.length - 1))];
            int newlines = 0;
            int lastNewline = -1;
            for (int i = 0; i < Math.min(r, raw.length()); i++) {
                if (raw.charAt(i) == '\n') {
                    newlines++;
                    lastNewline = i;
                }
            }
            if (newlines > 0) return new int[] {line, column};
            return new int[] {line, column + r - lastNewline - 1};
        };
    }

    /** For each offset in the decoded value, the offset in the raw text (quotes and escapes included). */
    private static int[] rawIndexes(String raw, int length) {
        int[] map = new int[length + 1];
        char quote = raw.isEmpty() ? 0 : raw.charAt(0);
        if (quote != '"' && quote != '\'') {
            for (int j = 0; j <= length; j++) map[j] = Math.min(j, raw.length());
            return map;
        }
        int i = 1;
        for (int j = 0; j <= length; j++) {
            map[j] = Math.min(i, raw.length());
            if (i >= raw.length()) continue;
            char c = raw.charAt(i);
            if (quote == '"' && c == '\\' && i + 1 < raw.length()) {
                char e = raw.charAt(i + 1);
                i += e == 'u' ? 6 : e == 'x' ? 4 : e == 'U' ? 10 : 2;
            } else if (quote == '\'' && c == '\'' && i + 1 < raw.length() && raw.charAt(i + 1) == '\'') {
                i += 2;
            } else {
                i++;
            }
        }
        return map;
    }
}
