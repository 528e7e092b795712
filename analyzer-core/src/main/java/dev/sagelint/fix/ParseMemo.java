package dev.sagelint.fix;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Remembers what the last text given to it was parsed to. The fixes of one file are all computed against the same
 * text (the {@link Fixer} reads each file once), so an editor that keeps its parse here parses a file once, not once
 * per finding: a file with thousands of findings costs linear time, not quadratic.
 *
 * <p>Texts are compared by identity: a text with the same content in another string is parsed again, which is only
 * slower, never wrong. Thread-safe.
 */
public final class ParseMemo<T> {

    private final BiFunction<Path, String, T> parse;
    private Path file;
    private String text;
    private T value;

    public ParseMemo(BiFunction<Path, String, T> parse) {
        this.parse = parse;
    }

    /** What {@code text}, the content of {@code file}, parses to; computed unless it was the last one asked about. */
    public synchronized T of(Path file, String text) {
        if (text != this.text || !Objects.equals(file, this.file)) {
            value = parse.apply(file, text);
            this.file = file;
            this.text = text;
        }
        return value;
    }
}
