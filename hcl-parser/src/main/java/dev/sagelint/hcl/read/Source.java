package dev.sagelint.hcl.read;

import dev.sagelint.model.Span;
import java.nio.file.Path;
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

    /** A position in this file for nodes that were not parsed from it (JSON strings, generated values). */
    public Src at(Span span) {
        return new Src(this, -1, -2, span);
    }
}
