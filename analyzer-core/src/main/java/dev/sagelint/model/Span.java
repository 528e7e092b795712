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

    /**
     * Equal components, as a record's own equals; written out because the generated one is bootstrapped through
     * method handles on its first call, which costs a one-file scan more start-up time than the rest of its rules.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Span s
                && line == s.line
                && column == s.column
                && endLine == s.endLine
                && endColumn == s.endColumn
                && file.equals(s.file);
    }

    /** The value a record's generated hashCode has (each component's hash, combined as 31 * h + next). */
    @Override
    public int hashCode() {
        return (((file.hashCode() * 31 + line) * 31 + column) * 31 + endLine) * 31 + endColumn;
    }
}
