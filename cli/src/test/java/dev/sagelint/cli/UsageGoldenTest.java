package dev.sagelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.cli.Cli.Run;
import dev.sagelint.report.ToolInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The help, usage and usage errors of the command line, byte for byte: {@code command-model/usage.txt} holds, for
 * each argument line (split at spaces; {@code [terminal]} first runs it as on a terminal, in colour), the exit code,
 * standard output and standard error it gives, with the model of only the invoked command as the process builds it.
 * A change to how picocli's model is built must leave every one of them as it is. Regenerate the file with {@code
 * -Dsagelint.updateGolden=true} and review the difference.
 */
class UsageGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/command-model/usage.txt");

    private static final String RUN = "=== ";
    private static final String TERMINAL = "[terminal] ";
    private static final String ESCAPE = "<ESC>";
    private static final String NO_NEWLINE = "\\ no newline at end";

    @Test
    void helpAndUsageErrorsAreUnchanged() throws IOException {
        String golden = Files.readString(GOLDEN, StandardCharsets.UTF_8);
        StringBuilder actual = new StringBuilder();
        List<String> lines = new ArrayList<>();
        for (String line : golden.split("\n", -1)) {
            if (line.startsWith(RUN)) lines.add(line.substring(RUN.length()));
            else if (lines.isEmpty()) actual.append(line).append('\n'); // the file's header comment
        }
        assertThat(lines).as("argument lines in %s", GOLDEN).hasSizeGreaterThan(10);
        for (String line : lines) actual.append(section(line));

        if (Boolean.getBoolean("sagelint.updateGolden")) {
            Files.writeString(GOLDEN, actual.toString(), StandardCharsets.UTF_8);
        } else {
            assertThat(actual.toString())
                    .as("help and usage errors (regenerate %s with -Dsagelint.updateGolden=true)", GOLDEN)
                    .isEqualTo(golden);
        }
    }

    /** One argument line's run as the golden file holds it. */
    private static String section(String line) {
        boolean terminal = line.startsWith(TERMINAL);
        String args = terminal ? line.substring(TERMINAL.length()) : line;
        Run run = new Cli().terminal(terminal).run(args.split(" "));
        return RUN + line + "\n"
                + "exit " + run.exitCode() + "\n"
                + "--- out\n" + text(run.out())
                + "--- err\n" + text(run.err());
    }

    /** Output as the file holds it: the version as VERSION, escape characters spelt out, a missing last newline marked. */
    private static String text(String output) {
        String text = output.replace(ToolInfo.current().version(), "VERSION").replace("\u001b", ESCAPE);
        return text.isEmpty() || text.endsWith("\n") ? text : text + "\n" + NO_NEWLINE + "\n";
    }
}
