package dev.sagelint.bench;

import dev.sagelint.engine.ScanRequest;
import dev.sagelint.engine.ScanResult;
import dev.sagelint.engine.Scanner;
import dev.sagelint.report.Reporter;
import dev.sagelint.report.Reporters;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * An in-process scan of the samples as {@code sagelint scan samples -f FORMAT} runs it once the JVM is warm:
 * discovery, every front-end, the rules, suppressions and one report written to a writer that discards it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScanBenchmark {

    @Param({"text", "sarif"})
    public String format;

    private Scanner scanner;
    private ScanRequest request;
    private Reporter reporter;

    @Setup
    public void setUp() {
        Path root = Samples.root();
        scanner = Scanner.withInstalledFrontends();
        request = ScanRequest.of(List.of(root)).withRoot(root);
        reporter = Reporters.find(format, false).orElseThrow();
    }

    @Benchmark
    public long scanAndReport() throws IOException {
        ScanResult result = scanner.scan(request);
        Counting out = new Counting();
        reporter.write(result, out);
        return out.chars;
    }

    /** Counts what a report writes and keeps nothing. */
    private static final class Counting extends Writer {
        long chars;

        @Override
        public void write(char[] buffer, int offset, int length) {
            chars += length;
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
