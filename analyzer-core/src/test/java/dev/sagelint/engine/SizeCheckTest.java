package dev.sagelint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.rules.Rules;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every file's size is checked before anything opens it: a file over the limit is never offered to a front-end,
 * nor searched for suppression comments, and is reported when a front-end would have read it or the user named
 * it. A file the user named that no front-end takes is reported too, never skipped silently.
 */
class SizeCheckTest {

    @TempDir
    Path dir;

    /** {@link ScannerTest.NotebookLines} that may read only {@code *.nb} files and remembers what it was offered. */
    static final class Recording extends ScannerTest.NotebookLines {
        final List<Path> offered = Collections.synchronizedList(new ArrayList<>());

        @Override
        public boolean mayRead(Path file) {
            return file.toString().endsWith(".nb");
        }

        @Override
        public List<Unit> claim(Set<Path> files) {
            offered.addAll(files);
            return super.claim(files);
        }
    }

    @ParameterizedTest(name = "{0} of {1} bytes, named: {2}")
    @CsvSource({
        // a sparse file of 3 GiB: reading it whole would exhaust the heap
        "big.nb,    3221225472, false, file-too-large ERROR",
        "big.nb,    3221225472, true,  file-too-large ERROR",
        "big.bin,   3221225472, false, ''",
        "big.bin,   3221225472, true,  file-too-large ERROR",
        "notes.bin, 10,         false, ''",
        "notes.bin, 10,         true,  not-recognized NOTE",
    })
    void aFileIsSizedBeforeItIsReadAndNeverSkippedSilentlyWhenNamed(
            String name, long size, boolean named, String expected) throws IOException {
        Path good = Files.writeString(dir.resolve("good.nb"), "Good\n");
        Path file = dir.resolve(name);
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(size);
        }
        Recording frontend = new Recording();
        List<Path> paths = named ? List.of(good, file) : List.of(dir);

        ScanResult result = new Scanner(List.of(frontend), Rules.all()).scan(ScanRequest.of(paths));

        assertThat(result.diagnostics())
                .filteredOn(d -> d.file().equals(file))
                .extracting(d -> d.code().id() + " " + d.level())
                .containsExactlyElementsOf(expected.isEmpty() ? List.of() : List.of(expected));
        assertThat(result.findings()).extracting(f -> f.resource().address()).contains("Good");
        if (size > ScanContext.Limits.defaults().maxFileBytes()) {
            assertThat(frontend.offered).doesNotContain(file.toAbsolutePath().normalize());
        }
    }

    @Test
    void aFolderWhoseOnlyFileIsTooLargeIsNotAlsoReportedEmpty() throws IOException {
        Files.writeString(dir.resolve("big.nb"), "Big\n".repeat(100));
        ScanRequest request =
                new ScanRequest(List.of(dir), null, dev.sagelint.rules.RuleContext.defaults(), limits(50));

        ScanResult result = new Scanner(List.of(new Recording()), Rules.all()).scan(request);

        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.FILE_TOO_LARGE);
    }

    @Test
    void aNamedPipeGivenOnTheCommandLineIsAnErrorAndIsNotOpened() throws Exception {
        Path fifo = dir.resolve("plan.nb");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            Assumptions.abort("mkfifo is not available: " + e.getMessage());
            return;
        }
        Assumptions.assumeTrue(mkfifo.waitFor(30, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
        Path good = Files.writeString(dir.resolve("good.nb"), "Good\n");
        Recording frontend = new Recording();

        ScanResult result = new Scanner(List.of(frontend), Rules.all()).scan(ScanRequest.of(List.of(good, fifo)));

        assertThat(result.diagnostics())
                .extracting(d -> d.code().id() + " " + d.file().getFileName())
                .containsExactly("io-error plan.nb");
        assertThat(frontend.offered).doesNotContain(fifo.toAbsolutePath().normalize());
        assertThat(result.findings()).extracting(f -> f.resource().address()).containsOnly("Good");
    }

    private static ScanContext.Limits limits(long maxFileBytes) {
        ScanContext.Limits defaults = ScanContext.Limits.defaults();
        return new ScanContext.Limits(maxFileBytes, defaults.maxNestingDepth(), defaults.maxAliasesPerFile());
    }
}
