package dev.sagelint.cfn.read;

import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.DiagnosticCode;
import dev.sagelint.engine.Utf8;
import dev.sagelint.model.Span;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The decoded text of one file. Columns in spans count UTF-16 code units, as SARIF does by default; SnakeYAML
 * counts code points, so positions beyond a character outside the Basic Multilingual Plane are converted here.
 */
final class SourceText {

    private final Path file;
    private final String text;
    /** Whether every character is ASCII: then code point and UTF-16 indexes are the same, without a look. */
    private final boolean ascii;

    private int[] charIndexOfCodePoint;

    private SourceText(Path file, String text, boolean ascii) {
        this.file = file;
        this.text = text;
        this.ascii = ascii;
    }

    static SourceText of(Path file, String text) {
        return new SourceText(file, text, false);
    }

    /**
     * Decodes UTF-8 strictly ({@link Utf8}); text in UTF-16 or UTF-32 is reported as such.
     *
     * @return the text, or an {@code encoding-error} diagnostic
     */
    static Decoded decode(Path file, byte[] bytes) {
        var wide = dev.sagelint.engine.TextEncoding.wide(bytes, Math.min(bytes.length, 4));
        if (wide.isPresent()) {
            return new Decoded(
                    null,
                    Diagnostic.error(
                            DiagnosticCode.ENCODING_ERROR,
                            dev.sagelint.engine.TextEncoding.message(wide.get()),
                            file,
                            1,
                            1));
        }
        // ASCII is UTF-8 as it is: one character a byte, copied without a decoder and its buffer of twice the size.
        if (isAscii(bytes))
            return new Decoded(new SourceText(file, new String(bytes, StandardCharsets.ISO_8859_1), true), null);
        Utf8.Decoded decoded = Utf8.decode(file, bytes);
        return decoded.error() != null
                ? new Decoded(null, decoded.error())
                : new Decoded(new SourceText(file, decoded.text(), false), null);
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) return false;
        }
        return true;
    }

    /** The decoded text, or the reason there is none. */
    record Decoded(SourceText text, Diagnostic error) {}

    Path file() {
        return file;
    }

    String text() {
        return text;
    }

    /** Whether the text is all ASCII, so that each of its characters is one byte of the file. */
    boolean ascii() {
        return ascii;
    }

    /** The UTF-16 index of a code point index, as SnakeYAML counts positions. */
    int charIndex(int codePointIndex) {
        if (ascii) return Math.min(codePointIndex, text.length());
        if (charIndexOfCodePoint == null) {
            boolean surrogates = false;
            for (int i = 0; i < text.length() && !surrogates; i++) surrogates = Character.isSurrogate(text.charAt(i));
            if (!surrogates) {
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
