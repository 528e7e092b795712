package dev.sagelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.cli.Cli.Run;
import dev.sagelint.report.Reporters;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    private final Cli cli = new Cli();

    @Test
    void versionComesFromTheBuild() {
        Run run = cli.run("--version");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).matches("sagelint \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
        assertThat(cli.run("scan", "--version").out()).isEqualTo(run.out());
    }

    @Test
    void helpListsTheCommands() {
        Run run = cli.run("--help");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("Usage: sagelint", "scan", "rules", "explain", "--version");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"scan", "rules", "explain", "help"}) {
            Run run = cli.run(command, "--help");

            assertThat(run.exitCode()).as(command).isEqualTo(ExitCode.OK);
            assertThat(run.out()).as(command).contains("Usage: sagelint " + command + " [-h");
        }
    }

    @Test
    void scanHelpShowsOptionsAndExitCodes() {
        Run run = cli.run("help", "scan");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains(Reporters.names().toArray(String[]::new));
        assertThat(run.out())
                .contains(
                        "-f, --format=NAME[:FILE]",
                        "--fail-on=SEVERITY",
                        "critical, high, medium, low, none",
                        "(default: low)",
                        "--root=DIR",
                        "Exit codes:",
                        "2   usage error, or some input could not be analyzed");
    }

    @Test
    void helpIsPlainWithoutATerminal() {
        assertThat(cli.run("--help").out()).doesNotContain("\u001b[");
        assertThat(new Cli().terminal(true).run("--help").out()).contains("\u001b[");
        assertThat(new Cli().terminal(true).env("NO_COLOR", "1").run("--help").out())
                .doesNotContain("\u001b[");
    }

    @Test
    void noCommandIsAUsageError() {
        Run run = cli.run();

        assertThat(run.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(run.err())
                .isEqualTo("sagelint: missing command: choose one of scan, fix, rules, explain, baseline, policy, help "
                        + "(see 'sagelint --help')\n");
    }

    @Test
    void misspelledCommandGetsASuggestion() {
        Run run = cli.run("scna", ".");

        assertThat(run.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(run.err()).contains("did you mean scan?");
        assertThat(run.err().lines()).hasSize(1);
    }
}
