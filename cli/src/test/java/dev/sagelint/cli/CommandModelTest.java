package dev.sagelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.cli.Cli.Run;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The process builds picocli's model of the invoked command only; every run of {@code command-model/arguments.txt}
 * must print and return exactly what it does with the model of every command.
 */
class CommandModelTest {

    static Stream<String> argumentLines() throws IOException {
        return Files.readAllLines(Path.of("src/test/resources/command-model/arguments.txt"), StandardCharsets.UTF_8)
                .stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"));
    }

    @ParameterizedTest
    @MethodSource("argumentLines")
    void invokedCommandAloneRunsAsEveryCommand(String line) {
        String[] args = line.split(" ");

        Run alone = new Cli().run(args);
        Run every = new Cli().everyCommand().run(args);

        assertThat(alone.exitCode()).as("exit code").isEqualTo(every.exitCode());
        assertThat(alone.out()).as("standard output").isEqualTo(every.out());
        assertThat(alone.err()).as("standard error").isEqualTo(every.err());
        assertThat(alone.out() + alone.err()).as("something printed").isNotEmpty();
    }

    @Test
    void onlyTheInvokedCommandIsBuilt() {
        assertThat(commands("scan", ".")).containsExactly("scan");
        assertThat(commands("baseline", "create")).containsExactly("baseline");
        assertThat(commands("help", "scan")).containsExactly(everyCommand());
        assertThat(commands("--help")).containsExactly(everyCommand());
        assertThat(commands("scna")).containsExactly(everyCommand());
        assertThat(commands()).containsExactly(everyCommand());
    }

    private static String[] everyCommand() {
        return new String[] {"scan", "fix", "rules", "explain", "baseline", "policy", "help"};
    }

    private static List<String> commands(String... args) {
        CliContext context = new CliContext(
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Map.of(), false, () -> {
                    throw new AssertionError("no scanner is built for the model");
                });
        return List.copyOf(SageLint.commandLine(context, args).getSubcommands().keySet());
    }
}
