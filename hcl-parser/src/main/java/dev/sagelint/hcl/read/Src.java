package dev.sagelint.hcl.read;

import dev.sagelint.model.Span;
import java.util.Objects;

/**
 * Where a syntax node is written: its span, and its code point offsets in the file so that it can quote its own
 * text.
 *
 * @param source the file
 * @param start  first code point, or -1 when the node has no text of its own
 * @param stop   last code point (inclusive)
 * @param span   lines and columns, 1-based
 */
public record Src(Source source, int start, int stop, Span span) {
    public Src {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(span, "span");
    }

    /** The node's text as written, with runs of whitespace and newlines folded to one space. */
    public String text() {
        String raw = source.text(start, stop);
        String compact = raw.strip().replaceAll("\\s*\\n\\s*", " ");
        return compact.length() > 200 ? compact.substring(0, 197) + "..." : compact;
    }
}
