package dev.sagelint.report;

import dev.sagelint.engine.ScanResult;
import java.io.IOException;
import java.io.Writer;

/** Writes a scan result in one output format. Reporters are pure functions of the result and their options. */
public interface Reporter {

    /** The format name used on the command line ({@code text}, {@code json}, {@code sarif}). */
    String name();

    void write(ScanResult result, Writer out) throws IOException;
}
