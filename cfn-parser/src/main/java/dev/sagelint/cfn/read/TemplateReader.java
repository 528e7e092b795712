package dev.sagelint.cfn.read;

import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.DiagnosticCode;
import dev.sagelint.engine.FileBytes;
import dev.sagelint.engine.ScanContext;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads a CloudFormation template, YAML or JSON, into one positioned {@link CfnNode} tree. It never throws on bad
 * input: a file that cannot be read comes back without a tree and with diagnostics that say where and why.
 *
 * <p>A {@code .json} file is read as JSON, a {@code .yaml} or {@code .yml} file as YAML, and anything else (a
 * {@code .template}) as JSON when it starts with <code>{</code>, else as YAML.
 *
 * <p>The limits come from the scan. Nesting is bounded by at most {@value #MAX_SUPPORTED_DEPTH} levels whatever the
 * configuration says, because SnakeYAML composes recursively: at that depth a 512 KiB thread stack suffices.
 */
public final class TemplateReader {

    /** The deepest nesting the reader accepts, whatever the configured limit. */
    public static final int MAX_SUPPORTED_DEPTH = 500;

    private final ScanContext.Limits limits;

    public TemplateReader(ScanContext.Limits limits) {
        Objects.requireNonNull(limits, "limits");
        this.limits = new ScanContext.Limits(
                limits.maxFileBytes(),
                Math.min(limits.maxNestingDepth(), MAX_SUPPORTED_DEPTH),
                limits.maxAliasesPerFile());
    }

    /** Reads the file at {@code file}. */
    public ReadResult read(Path file) {
        byte[] bytes;
        try {
            bytes = FileBytes.read(file, limits.maxFileBytes() + 1);
        } catch (IOException | RuntimeException e) {
            return ReadResult.failed(
                    Diagnostic.error(DiagnosticCode.IO_ERROR, "cannot read the file: " + e.getMessage(), file, 0, 0));
        }
        return read(file, bytes);
    }

    /** Reads {@code bytes} as the content of {@code file}; the path names the file in spans and diagnostics. */
    public ReadResult read(Path file, byte[] bytes) {
        if (bytes.length > limits.maxFileBytes()) {
            return ReadResult.failed(Diagnostic.error(
                    DiagnosticCode.FILE_TOO_LARGE,
                    "the file is larger than " + limits.maxFileBytes() + " bytes; it is not analyzed",
                    file,
                    0,
                    0));
        }
        SourceText.Decoded decoded = SourceText.decode(file, bytes);
        if (decoded.error() != null) return ReadResult.failed(decoded.error());
        SourceText text = decoded.text();
        return isJson(file, text.text())
                ? JsonTreeBuilder.read(text, limits)
                : YamlTreeBuilder.read(text, bytes, limits);
    }

    static boolean isJson(Path file, String text) {
        String name =
                file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) return true;
        if (name.endsWith(".yaml") || name.endsWith(".yml")) return false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) return c == '{';
        }
        return false;
    }
}
