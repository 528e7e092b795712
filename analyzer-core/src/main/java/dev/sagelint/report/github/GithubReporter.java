package dev.sagelint.report.github;

import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.ScanResult;
import dev.sagelint.model.Span;
import dev.sagelint.report.Labels;
import dev.sagelint.report.Reporter;
import dev.sagelint.rules.Finding;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

/**
 * GitHub Actions workflow commands that annotate the pull request's files, one per finding that counts:
 * <pre>
 * ::error file=cfn/notebook.yaml,line=12,endLine=12,col=7,endColumn=14,title=SageMaker.3::Notebook: `RootAccess` is ...
 * </pre>
 * Critical and high findings are {@code error}s, medium ones {@code warning}s, low ones {@code notice}s. Diagnostics
 * (files that could not be analyzed, suppressions without a reason) are annotated too, with the title
 * {@code sagelint <code>}. Suppressed findings and findings in the baseline are not.
 *
 * <p>Paths are relative to the scan root, which must be the repository root for GitHub to place the annotations.
 * Values are escaped as the Actions toolkit does
 * (https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts): {@code %}, CR and LF in the
 * message, and also {@code :} and {@code ,} in properties; other control characters are shown, not sent.
 */
public final class GithubReporter implements Reporter {

    @Override
    public String name() {
        return "github";
    }

    @Override
    public void write(ScanResult result, Writer out) throws IOException {
        Path root = result.root();
        for (Finding f : result.findings()) {
            Span at = f.location();
            String message = f.resource().displayName() + ": " + f.message();
            out.write(command(
                    level(f),
                    Labels.path(root, at.file()),
                    at.line(),
                    at.endLine(),
                    at.column(),
                    at.endColumn(),
                    f.rule().id(),
                    message));
        }
        for (Diagnostic d : result.diagnostics()) {
            String level = switch (d.level()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case NOTE -> "notice";
            };
            String file = d.file() == null ? null : Labels.path(root, d.file());
            out.write(command(
                    level,
                    file,
                    d.line(),
                    d.line(),
                    d.column(),
                    d.column(),
                    "sagelint " + d.code().id(),
                    d.message()));
        }
        out.flush();
    }

    private static String level(Finding f) {
        return switch (f.severity()) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW -> "notice";
        };
    }

    /** One workflow command line; positions of 0 (unknown) and a null file are left out. */
    static String command(
            String level, String file, int line, int endLine, int column, int endColumn, String title, String message) {
        StringBuilder command = new StringBuilder("::").append(level).append(' ');
        StringBuilder properties = new StringBuilder();
        if (file != null) {
            property(properties, "file", file);
            if (line > 0) {
                property(properties, "line", Integer.toString(line));
                property(properties, "endLine", Integer.toString(Math.max(line, endLine)));
                if (column > 0) {
                    property(properties, "col", Integer.toString(column));
                    if (endLine == line && endColumn > column) {
                        property(properties, "endColumn", Integer.toString(endColumn));
                    }
                }
            }
        }
        property(properties, "title", title);
        return command.append(properties)
                .append("::")
                .append(escapeData(message))
                .append('\n')
                .toString();
    }

    private static void property(StringBuilder properties, String name, String value) {
        if (properties.length() > 0) properties.append(',');
        properties.append(name).append('=').append(escapeProperty(value));
    }

    /**
     * A message: {@code %}, CR and LF percent-encoded, and other control characters (which GitHub would pass to the
     * log, escape sequences included) shown as {@code \xNN}.
     */
    static String escapeData(String value) {
        return Labels.inert(value).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property value: as {@link #escapeData}, and {@code :} and {@code ,} too. */
    static String escapeProperty(String value) {
        return escapeData(value).replace(":", "%3A").replace(",", "%2C");
    }
}
