package dev.sagelint.engine;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Strict UTF-8 decoding shared by the readers: a byte sequence that is not UTF-8 is reported with its line and
 * column rather than replaced, so that a file is never analyzed with characters it does not contain; a UTF-8 byte
 * order mark is skipped, as YAML and JSON readers skip it.
 */
public final class Utf8 {
    private Utf8() {}

    /**
     * The text, or why there is none.
     *
     * @param text  the decoded text without a byte order mark, or {@code null}
     * @param error the {@code encoding-error} diagnostic, or {@code null}
     */
    public record Decoded(String text, Diagnostic error) {
        public Decoded {
            if ((text == null) == (error == null)) throw new IllegalArgumentException("text or error, not both");
        }
    }

    /** Decodes {@code bytes}, the content of {@code file}. */
    public static Decoded decode(Path file, byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        int offset =
                bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        // Plain ASCII, the usual case, is UTF-8 as it is: copied into the string without a decoder.
        if (ascii(bytes, offset)) {
            return new Decoded(new String(bytes, offset, bytes.length - offset, StandardCharsets.ISO_8859_1), null);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length - offset + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) result = decoder.flush(out);
        out.flip();
        if (!result.isError()) return new Decoded(out.toString(), null);
        int bad = in.position();
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
                "the file is not valid UTF-8: byte 0x%02X at line %d cannot be decoded; save the file as UTF-8",
                bytes[bad] & 0xFF, line);
        return new Decoded(null, Diagnostic.error(DiagnosticCode.ENCODING_ERROR, message, file, line, column));
    }

    private static boolean ascii(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] < 0) return false;
        }
        return true;
    }
}
