package dev.sagelint.fuzz;

import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.DiagnosticCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.regex.Pattern;

/**
 * What every reader fuzz test asserts: the reader returned (a model, a tree, or nothing) with diagnostics that a
 * person can read, and threw nothing. An exception escaping the reader fails the fuzz test by itself; this checks
 * the diagnostics: each has a code that is not {@code internal-error}, a file, a line and column that are not
 * negative, and a message without a stack frame or a JDK exception's class name.
 */
public final class ReaderInvariant {

    /**
     * A stack frame, or a JDK exception's qualified class name, as {@code "... " + e} writes it. Not a bare word
     * such as "Exception": messages quote the input, which may contain anything.
     */
    private static final Pattern STACK_TRACE = Pattern.compile(
            "\\n\\s*at [\\w$.]+\\(|\\b(?:java|javax|jdk|sun)\\.[a-z]+(?:\\.[a-z]+)*\\.[A-Z]\\w*(?:Exception|Error)\\b");

    private ReaderInvariant() {}

    public static void check(Collection<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            if (d.code() == DiagnosticCode.INTERNAL_ERROR) throw new AssertionError("internal error: " + d);
            if (d.file() == null || d.line() < 0 || d.column() < 0) throw new AssertionError("no position: " + d);
            if (STACK_TRACE.matcher(d.message()).find()) {
                throw new AssertionError("a message that reads like a stack trace: " + d);
            }
        }
    }

    /** A fresh folder for one fuzz test's files, deleted when the JVM exits. */
    public static Path folder(String name) {
        try {
            Path dir = Files.createTempDirectory("sagelint-fuzz-" + name);
            dir.toFile().deleteOnExit();
            return dir.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code data} as {@code dir/name}, replacing what the previous input left there. */
    public static Path write(Path dir, String name, byte[] data) {
        try {
            Path file = dir.resolve(name);
            Files.write(file, data);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
