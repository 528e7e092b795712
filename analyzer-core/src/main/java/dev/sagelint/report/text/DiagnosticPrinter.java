package dev.sagelint.report.text;

import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.ScanResult;
import dev.sagelint.report.Labels;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

/**
 * Writes diagnostics for standard error, one per line in the compiler style editors understand:
 * {@code path:line:col: error: message [code]}. The line and column are left out when unknown (0), and a
 * diagnostic about no file in particular starts with {@code sagelint}. With colour, the location is bold and the
 * level coloured.
 */
public final class DiagnosticPrinter {

    private final Ansi ansi;

    /** @param colour whether to write ANSI colours (decided by the caller for standard error) */
    public DiagnosticPrinter(boolean colour) {
        this.ansi = new Ansi(colour);
    }

    /** Writes every diagnostic of {@code result}, in its order; writes nothing when there is none. */
    public void write(ScanResult result, Writer err) throws IOException {
        for (Diagnostic d : result.diagnostics()) {
            err.write(line(result.root(), d));
            err.write("\n");
        }
        err.flush();
    }

    /** One diagnostic as a line, without the line end. */
    public String line(Path root, Diagnostic d) {
        StringBuilder location = new StringBuilder();
        location.append(d.file() == null ? "sagelint" : Ansi.printable(Labels.path(root, d.file())));
        if (d.line() > 0) {
            location.append(':').append(d.line());
            if (d.column() > 0) location.append(':').append(d.column());
        }
        return ansi.style(Ansi.BOLD, location + ":") + " "
                + ansi.style(Ansi.codes(d.level()), d.level().label() + ":") + " "
                + Ansi.printable(d.message()) + " [" + d.code().id() + "]";
    }
}
