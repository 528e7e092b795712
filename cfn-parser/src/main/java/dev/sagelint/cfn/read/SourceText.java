package dev.sagelint.cfn.read;

import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.DiagnosticCode;
import dev.sagelint.model.Span;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The decoded text of one file. Columns in spans count UTF-16 code units, as SARIF does by default; SnakeYAML
 * counts code points, so positions beyond a character outside the Basic Multilingual Plane are converted here.
 */
final class SourceText {

    private final Path file;
    private final String text;
    private int[] charIndexOfCodePoint;

    private SourceText(Path file, String text) {
        this.file = file;
        this.text = text;
    }

    static SourceText of(Path file, String text) {
        return new SourceText(file, text);
    }

    /**
     * Decodes UTF-8 strictly: a byte sequence that is not UTF-8 is reported with its line and column rather than
     * replaced, so a template is never analyzed with characters it does not contain. A UTF-8 byte order mark is
     * skipped.
     *
     * @return the text, or an {@code encoding-error} diagnostic
     */
    static Decoded decode(Path file, byte[] bytes) {
        int offset =
                bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length - offset + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) result = decoder.flush(out);
        if (result.isError()) {
            int bad = in.position();
            out.flip();
            int line = 1;
            int column = 1;
            for (int i = 0; i < out.length(); i++) {
                char c = out.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= out.length() || out.charAt(i + 1) != '\n'))) {
                    line++;
                    column = 1;
                } else if (c != '\r') {
                    column++;
                }
            }
            String message = String.format(
                    "the file is not valid UTF-8: byte 0x%02X at line %d cannot be decoded; "
                            + "save the file as UTF-8",
                    bytes[bad] & 0xFF, line);
            return new Decoded(null, Diagnostic.error(DiagnosticCode.ENCODING_ERROR, message, file, line, column));
        }
        out.flip();
        return new Decoded(new SourceText(file, out.toString()), null);
    }

    /** The decoded text, or the reason there is none. */
    record Decoded(SourceText text, Diagnostic error) {}

    Path file() {
        return file;
    }

    String text() {
        return text;
    }

    /** The UTF-16 index of a code point index, as SnakeYAML counts positions. */
    int charIndex(int codePointIndex) {
        if (charIndexOfCodePoint == null) {
            if (text.chars().noneMatch(c -> Character.isSurrogate((char) c))) {
                charIndexOfCodePoint = new int[0];
            } else {
                int[] map = new int[text.codePointCount(0, text.length()) + 1];
                int cp = 0;
                for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
                    map[cp++] = i;
                }
                map[cp] = text.length();
                charIndexOfCodePoint = map;
            }
        }
        if (charIndexOfCodePoint.length == 0) return Math.min(codePointIndex, text.length());
        return charIndexOfCodePoint[Math.max(0, Math.min(codePointIndex, charIndexOfCodePoint.length - 1))];
    }

    /**
     * The 0-based UTF-16 column of a SnakeYAML position, given its code point index and code point column.
     */
    int utf16Column(int codePointIndex, int codePointColumn) {
        return charIndex(codePointIndex) - charIndex(codePointIndex - codePointColumn);
    }

    /** A span from 1-based positions, where the end column is just after the last character. */
    Span span(int line, int column, int endLine, int endColumn) {
        return new Span(file, Math.max(1, line), Math.max(1, column), endLine, endColumn);
    }

    Snippet snippet(int startChar, int endChar) {
        return new Snippet(text, startChar, endChar);
    }
}
