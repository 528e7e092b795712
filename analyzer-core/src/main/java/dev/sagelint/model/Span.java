package dev.sagelint.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A region of a source file: 1-based start line and column, and 1-based end line and column (the end column is the
 * column just after the last character, as in SARIF). Only front-end adapters create spans.
 */
public record Span(Path file, int line, int column, int endLine, int endColumn) implements Comparable<Span> {

    public Span {
        Objects.requireNonNull(file, "file");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
        }
        if (endLine < line || (endLine == line && endColumn < column)) {
            endLine = line;
            endColumn = column;
        }
    }

    /** A span covering a single position. */
    public static Span at(Path file, int line, int column) {
        return new Span(file, line, column, line, column);
    }

    @Override
    public int compareTo(Span o) {
        int c = file.toString().compareTo(o.file.toString());
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        if (c != 0) return c;
        return Integer.compare(column, o.column);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
