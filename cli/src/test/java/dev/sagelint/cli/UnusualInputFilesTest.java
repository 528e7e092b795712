package dev.sagelint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A configuration or baseline that is a device, a FIFO or beyond the JSON reader's limits is a clear error (exit
 * 2), never a hang, an out-of-memory error or an internal error.
 */
class UnusualInputFilesTest {

    @TempDir
    Path dir;

    @BeforeEach
    void files() throws IOException {
        Files.writeString(dir.resolve("a.lines"), "secure Locked\n");
        Files.writeString(
                dir.resolve("long-string.json"),
                "{\"findings\": [{\"fingerprint\": \"" + "a".repeat(21_000_000) + "\"}]}");
        Files.writeString(
                dir.resolve("deep.json"),
                "{\"findings\": [{\"x\": " + "[".repeat(5_000) + "]".repeat(5_000) + ", \"fingerprint\": \"f\"}]}");
    }

    /** A FIFO nobody writes to; the test is skipped where {@code mkfifo} is missing. */
    private Path fifo() throws IOException, InterruptedException {
        Path fifo = dir.resolve("fifo");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            mkfifo = null;
        }
        assumeTrue(mkfifo != null && mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo");
        return fifo;
    }

    /** Each row: the option, its file ({@code FIFO}, a device, or a file of the temporary folder), the message. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            --config   | /dev/zero        | is not a regular file
            --config   | FIFO             | is not a regular file
            --baseline | /dev/zero        | is not a regular file
            --baseline | FIFO             | is not a regular file
            --baseline | long-string.json | not a sagelint baseline: String value length
            --baseline | deep.json        | not a sagelint baseline: Document nesting depth
            """)
    void anUnusualFileIsAClearError(String option, String file, String message) throws Exception {
        Path path = file.equals("FIFO") ? fifo() : file.startsWith("/") ? Path.of(file) : dir.resolve(file);
        assumeTrue(Files.exists(path), file);
        List<String> args =
                new ArrayList<>(List.of("scan", dir.resolve("a.lines").toString()));
        args.add(option);
        args.add(path.toString());

        Cli.Run run = new Cli().run(args.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.ERROR);
        assertThat(run.err()).contains(message).doesNotContain("internal error");
    }
}
