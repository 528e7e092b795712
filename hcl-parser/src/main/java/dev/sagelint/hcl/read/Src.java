package dev.sagelint.hcl.read;

import dev.sagelint.model.Span;
import java.util.Objects;

/**
 * Where a syntax node is written: its code point offsets in the file, so that it can quote its own text, and its
 * span. A node parsed from a file keeps only offsets and works out its span from the file's line starts when asked
 * (a large file has millions of nodes); a node placed elsewhere (a string of a JSON file, a value of a plan) keeps
 * the span it was given.
 */
public final class Src {
    private final Source source;
    private final int start;
    private final int stop;
    /** The first code point of the node's last token: the span ends where that token ends. */
    private final int lastTokenStart;
    /** The span given, or null when it comes from the offsets. */
    private final Span fixed;

    /**
     * A node placed at {@code span}.
     *
     * @param source the file
     * @param start  first code point, or -1 when the node has no text of its own
     * @param stop   last code point (inclusive)
     * @param span   lines and columns, 1-based
     */
    public Src(Source source, int start, int stop, Span span) {
        this.source = Objects.requireNonNull(source, "source");
        this.start = start;
        this.stop = stop;
        this.lastTokenStart = start;
        this.fixed = Objects.requireNonNull(span, "span");
    }

    private Src(Source source, int start, int lastTokenStart, int stop) {
        this.source = source;
        this.start = start;
        this.stop = stop;
        this.lastTokenStart = lastTokenStart;
        this.fixed = null;
    }

    /**
     * A node parsed from {@code source}: from its first code point {@code start} to the end of its last token,
     * which starts at {@code lastTokenStart} and ends at {@code stop} (inclusive).
     */
    static Src parsed(Source source, int start, int lastTokenStart, int stop) {
        return new Src(Objects.requireNonNull(source, "source"), start, lastTokenStart, stop);
    }

    public Source source() {
        return source;
    }

    /** First code point, or -1 when the node has no text of its own. */
    public int start() {
        return start;
    }

    /** Last code point (inclusive). */
    public int stop() {
        return stop;
    }

    /** The first code point of the last token, for a node that ends where another does. */
    int lastTokenStart() {
        return lastTokenStart;
    }

    /** Lines and columns, 1-based. */
    public Span span() {
        return fixed != null ? fixed : source.span(start, lastTokenStart, stop);
    }

    /** Longest quote, in characters. */
    private static final int QUOTE = 200;

    /**
     * The node's text as written, with runs of whitespace and newlines folded to one space, shortened to 200
     * characters. Only the start of a long node is read, so that quoting each node of a deeply nested expression
     * costs no more than a short one.
     */
    public String text() {
        int end = stop - start > 16 * QUOTE ? start + 16 * QUOTE : stop;
        String raw = source.text(start, end);
        String compact = raw.strip().replaceAll("\\s*\\n\\s*", " ");
        return compact.length() > QUOTE || end != stop
                ? compact.substring(0, Math.min(compact.length(), QUOTE - 3)) + "..."
                : compact;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Src s
                && s.source == source
                && s.start == start
                && s.stop == stop
                && s.span().equals(span());
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, stop, span());
    }

    @Override
    public String toString() {
        Span s = span();
        return "Src[" + start + ".." + stop + " " + s + "-" + s.endLine() + ":" + s.endColumn() + "]";
    }
}
