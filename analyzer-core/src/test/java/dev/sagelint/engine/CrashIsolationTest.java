package dev.sagelint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.model.ResourceId;
import dev.sagelint.model.Span;
import dev.sagelint.model.sagemaker.Notebooks;
import dev.sagelint.model.sagemaker.SageMakerResource;
import dev.sagelint.rules.Finding;
import dev.sagelint.rules.Rule;
import dev.sagelint.rules.RuleContext;
import dev.sagelint.rules.RuleMeta;
import dev.sagelint.rules.sagemaker.NotebookRootAccess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whatever goes wrong while one file is analyzed, its reader or a rule failing in any way, even running out of memory
 * or stack, costs only that file: it gets a diagnostic (an error, so exit code 2) and every other file keeps its
 * findings. Each case is a file beside a good one, scanned on one worker and on several.
 */
class CrashIsolationTest {

    @TempDir
    Path dir;

    /**
     * Claims {@code *.nb} files; each line is a notebook named by it, with every property absent, unless the line
     * asks the reader to fail in some way.
     */
    static final class Hostile implements Frontend {
        private final Set<Path> failedOnce = ConcurrentHashMap.newKeySet();

        @Override
        public String name() {
            return "hostile";
        }

        @Override
        public List<Unit> claim(Set<Path> files) {
            return files.stream()
                    .filter(f -> f.toString().endsWith(".nb"))
                    .sorted()
                    .map(f -> Unit.of(this, f))
                    .toList();
        }

        @Override
        public UnitResult analyze(Unit unit, ScanContext context) {
            Path file = unit.primary();
            List<String> lines;
            try {
                lines = Files.readAllLines(file);
            } catch (IOException e) {
                return UnitResult.of(Diagnostic.error(DiagnosticCode.IO_ERROR, e.getMessage(), file, 0, 0));
            }
            List<SageMakerResource> out = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                switch (line) {
                    case "reader-runtime" -> throw new IllegalStateException("bad input");
                    case "reader-error" -> throw new AssertionError("an assertion in a reader");
                    case "reader-stack" -> deep(0);
                    case "reader-heap" -> throw new OutOfMemoryError("Java heap space");
                    case "reader-array" -> {
                        // The virtual machine itself refuses this allocation with an OutOfMemoryError.
                        long[] huge = new long[Integer.MAX_VALUE - 2];
                        out.add(notebook(file, i, "never" + huge.length));
                    }
                    case "reader-heap-once" -> {
                        // Another file exhausted the heap at the same time: on its second read, alone, it succeeds.
                        if (failedOnce.add(file)) throw new OutOfMemoryError("Java heap space");
                        out.add(notebook(file, i, line));
                    }
                    default -> out.add(notebook(file, i, line));
                }
            }
            return new UnitResult(out, List.of());
        }

        private static SageMakerResource notebook(Path file, int index, String name) {
            return Notebooks.unset(ResourceId.of(name, "Test::Notebook", Span.at(file, index + 1, 1)))
                    .build();
        }

        private static int deep(int n) {
            return deep(n + 1) + 1;
        }
    }

    /** Fails on the resources named {@code rule-...}, as the name says. */
    static final class FragileRule implements Rule {
        private static final RuleMeta META = new NotebookRootAccess().meta();

        @Override
        public RuleMeta meta() {
            return META;
        }

        @Override
        public List<Finding> check(SageMakerResource resource, RuleContext context) {
            switch (resource.id().address()) {
                case "rule-runtime" -> throw new IllegalArgumentException("a bug in a rule");
                case "rule-stack" -> Hostile.deep(0);
                case "rule-heap" -> throw new OutOfMemoryError("Java heap space");
                default -> {}
            }
            return new NotebookRootAccess().check(resource, context);
        }
    }

    @ParameterizedTest(name = "{0} on {2} worker(s)")
    @CsvSource({
        "reader-runtime,   internal-error,   1",
        "reader-runtime,   internal-error,   4",
        "reader-error,     internal-error,   1",
        "reader-error,     internal-error,   4",
        "reader-stack,     nesting-too-deep, 1",
        "reader-stack,     nesting-too-deep, 4",
        "reader-heap,      out-of-memory,    1",
        "reader-heap,      out-of-memory,    4",
        "reader-array,     out-of-memory,    1",
        "reader-array,     out-of-memory,    4",
        "rule-runtime,     internal-error,   1",
        "rule-runtime,     internal-error,   4",
        "rule-stack,       internal-error,   1",
        "rule-stack,       internal-error,   4",
        "rule-heap,        out-of-memory,    1",
        "rule-heap,        out-of-memory,    4",
    })
    void aFailureOnOneFileIsADiagnosticForItAndTheOtherFilesKeepTheirFindings(String failure, String code, int workers)
            throws IOException {
        for (int i = 0; i < 6; i++) Files.writeString(dir.resolve("good" + i + ".nb"), "Good" + i + "\n");
        Path bad = Files.writeString(dir.resolve("bad.nb"), failure + "\n");

        ScanResult result = scan(workers);

        assertThat(result.diagnostics())
                .extracting(d -> d.code().id() + " " + d.file().getFileName() + " " + d.level())
                .containsExactly(code + " bad.nb ERROR");
        assertThat(result.diagnostics().get(0).message()).doesNotContain("\n").doesNotContain("\tat ");
        assertThat(result.hasErrors()).isTrue();
        assertThat(result.findings())
                .extracting(f -> f.resource().address())
                .containsExactly("Good0", "Good1", "Good2", "Good3", "Good4", "Good5");
        assertThat(bad).exists();
    }

    @ParameterizedTest(name = "on {0} worker(s)")
    @CsvSource({"1", "4"})
    void aFileThatRanOutOfMemoryBesideAnotherIsReadAgainAloneAndKeepsItsFindings(int workers) throws IOException {
        for (int i = 0; i < 6; i++) Files.writeString(dir.resolve("good" + i + ".nb"), "Good" + i + "\n");
        Files.writeString(dir.resolve("victim.nb"), "reader-heap-once\n");

        ScanResult result = scan(workers);

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.findings())
                .extracting(f -> f.resource().address())
                .containsExactly("Good0", "Good1", "Good2", "Good3", "Good4", "Good5", "reader-heap-once");
    }

    private ScanResult scan(int workers) {
        return new Scanner(List.of(new Hostile()), List.of(new FragileRule()))
                .scan(ScanRequest.of(List.of(dir)).withWorkers(workers));
    }
}
