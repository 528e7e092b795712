package dev.sagelint.hcl.read;

import dev.sagelint.model.Span;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * The text of one source file as the lexer saw it, so that a node can quote itself ({@code var.root_access}) in
 * a message without each node holding a copy of its text.
 */
public final class Source {
    private final Path file;
    private final CharStream chars;
    /** The code point offset at which each line starts; filled when the first span is asked for. */
    private volatile int[] lineStarts;

    Source(Path file, CharStream chars) {
        this.file = Objects.requireNonNull(file, "file");
        this.chars = chars;
    }

    /**
     * A file whose text is not at hand, for syntax nodes standing in for values read elsewhere (a resource of a
     * Terraform plan JSON); its nodes quote no text.
     */
    public static Source detached(Path file) {
        return new Source(file, null);
    }

    public Path file() {
        return file;
    }

    /** The text between two code point offsets, {@code stop} inclusive. */
    String text(int start, int stop) {
        if (chars == null || stop < start) return "";
        return chars.getText(Interval.of(start, stop));
    }

    @Override
    public String toString() {
        return file.toString();
    }

    /**
     * The span from code point {@code start} to the end of the token that starts at {@code lastTokenStart} and ends
     * at {@code stop}: lines counted by {@code \n}, columns in code points from the line start, and the end column
     * just after the last token's text (counted in UTF-16 units), as the lexer's token positions give them.
     */
    Span span(int start, int lastTokenStart, int stop) {
        int[] lines = lineStarts();
        int line = lineOf(lines, start);
        int column = start - lines[line] + 1;
        int stopLine = lineOf(lines, lastTokenStart);
        String text = text(lastTokenStart, stop);
        int endLine = stopLine + 1;
        int endColumn;
        int lastNl = text.lastIndexOf('\n');
        if (lastNl >= 0) {
            endLine += (int) text.chars().filter(c -> c == '\n').count();
            endColumn = text.length() - lastNl;
        } else {
            endColumn = lastTokenStart - lines[stopLine] + 1 + text.length();
        }
        return new Span(file, line + 1, Math.max(1, column), Math.max(1, endLine), Math.max(1, endColumn));
    }

    /** The index of the line that holds code point {@code offset}. */
    private static int lineOf(int[] lines, int offset) {
        int i = Arrays.binarySearch(lines, Math.max(0, offset));
        return i >= 0 ? i : -i - 2;
    }

    private int[] lineStarts() {
        int[] lines = lineStarts;
        if (lines != null) return lines;
        int size = chars == null ? 0 : chars.size();
        int[] found = new int[64];
        int n = 1;
        // in slices, so that a large file is not copied whole; offsets count code points
        for (int from = 0; from < size; from += 1 << 16) {
            String slice = chars.getText(Interval.of(from, Math.min(size, from + (1 << 16)) - 1));
            int offset = from;
            for (int j = 0; j < slice.length(); offset++) {
                int c = slice.codePointAt(j);
                j += Character.charCount(c);
                if (c == '\n') {
                    if (n == found.length) found = Arrays.copyOf(found, n * 2);
                    found[n++] = offset + 1;
                }
            }
        }
        lines = Arrays.copyOf(found, n);
        lineStarts = lines;
        return lines;
    }

    /** A position in this file for nodes that were not parsed from it (JSON strings, generated values). */
    public Src at(Span span) {
        return new Src(this, -1, -2, span);
    }
}
