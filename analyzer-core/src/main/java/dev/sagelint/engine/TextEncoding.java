package dev.sagelint.engine;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Recognizes text written in UTF-16 or UTF-32 from its first bytes, by its byte order mark or, without one, by the
 * zero bytes that such an encoding puts beside each ASCII character (as RFC 4627 section 3 tells JSON encodings
 * apart). Templates, configuration and plans are read as UTF-8; a front-end uses this to report such a file with an
 * {@code encoding-error} instead of skipping it because its first bytes did not look like what it reads.
 */
public final class TextEncoding {

    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

    private TextEncoding() {}

    /** The UTF-16 or UTF-32 encoding that the first {@code length} bytes of {@code head} are in, if any. */
    public static Optional<Charset> wide(byte[] head, int length) {
        int n = Math.min(length, head.length);
        if (n < 2) return Optional.empty();
        int b0 = head[0] & 0xFF;
        int b1 = head[1] & 0xFF;
        int b2 = n > 2 ? head[2] & 0xFF : -1;
        int b3 = n > 3 ? head[3] & 0xFF : -1;
        if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) return Optional.of(UTF_32BE);
        if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) return Optional.of(UTF_32LE);
        if (b0 == 0xFE && b1 == 0xFF) return Optional.of(StandardCharsets.UTF_16BE);
        if (b0 == 0xFF && b1 == 0xFE) return Optional.of(StandardCharsets.UTF_16LE);
        if (n >= 4) {
            if (b0 == 0 && b1 == 0 && b2 == 0 && b3 != 0) return Optional.of(UTF_32BE);
            if (b0 != 0 && b1 == 0 && b2 == 0 && b3 == 0) return Optional.of(UTF_32LE);
        }
        if (b0 == 0 && b1 != 0) return Optional.of(StandardCharsets.UTF_16BE);
        if (b0 != 0 && b1 == 0) return Optional.of(StandardCharsets.UTF_16LE);
        return Optional.empty();
    }

    /** The first {@code length} bytes of {@code head} as text: in its UTF-16 or UTF-32 encoding, else as Latin-1. */
    public static String sniff(byte[] head, int length) {
        int n = Math.min(length, head.length);
        Charset charset = wide(head, n).orElse(StandardCharsets.ISO_8859_1);
        return new String(head, 0, n, charset);
    }

    /** The sentence for an {@code encoding-error} about a file in {@code charset}. */
    public static String message(Charset charset) {
        return "the file is encoded in " + charset.name() + ", not UTF-8; save it as UTF-8";
    }
}
