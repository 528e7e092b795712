package dev.sagelint.cfn.read;

import dev.sagelint.model.Span;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a {@link CfnNode} is written, kept as numbers: its span's file, lines and columns, and the text and offsets
 * of its source. {@link #span()} and {@link #source()} make the objects when asked, so that a tree of millions of
 * nodes does not hold two more objects per node.
 */
abstract class Written {
    private final Path file;
    private final int line;
    private final int column;
    private final int endLine;
    private final int endColumn;
    private final String whole;
    private final int start;
    private final int end;

    Written(Span span, Snippet source) {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(source, "source");
        this.file = span.file();
        this.line = span.line();
        this.column = span.column();
        this.endLine = span.endLine();
        this.endColumn = span.endColumn();
        this.whole = source.whole();
        this.start = source.start();
        this.end = source.end();
    }

    /** Where the node is written: from its first character (a tag, a quote, a bracket) to just after its last. */
    public Span span() {
        return new Span(file, line, column, endLine, endColumn);
    }

    /** The node's source text. */
    public Snippet source() {
        return new Snippet(whole, start, end);
    }

    final boolean samePlace(Written other) {
        return span().equals(other.span()) && source().equals(other.source());
    }

    final int placeHash() {
        return Objects.hash(span(), source());
    }

    final String place() {
        return "span=" + span() + ", source=" + source();
    }
}
