package dev.sagelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.cli.Cli.Run;
import dev.sagelint.engine.Scanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The markdown report's suggestion blocks, with and without {@code --pr-diff}: on {@code fix-command/project/
 * notebook.yaml}, whose {@code RootAccess: Enabled} is line 9 and whose absent properties are added after it.
 */
class MarkdownSuggestionTest {

    private static final Path PROJECT = Path.of(System.getProperty("basedir", "."))
            .toAbsolutePath()
            .resolve("src/test/resources/fix-command/project");

    @TempDir
    Path dir;

    private final Cli cli = new Cli().scanner(Scanner::withInstalledFrontends);
    private Path notebook;

    @BeforeEach
    void copyNotebook() throws IOException {
        Path src = Files.createDirectories(dir.resolve("infra"));
        notebook = Files.copy(PROJECT.resolve("notebook.yaml"), src.resolve("notebook.yaml"));
    }

    private Run scan(String diff) throws IOException {
        if (diff == null) return cli.run("scan", "--root", dir.toString(), "-f", "markdown", notebook.toString());
        Path file = Files.writeString(dir.resolve("pr.diff"), diff, StandardCharsets.UTF_8);
        return cli.run(
                "scan", "--root", dir.toString(), "--pr-diff", file.toString(), "-f", "markdown", notebook.toString());
    }

    @Test
    void withoutADiffEveryFixIsASuggestion() throws IOException {
        Run run = scan(null);

        assertThat(run.out())
                .contains("```suggestion\n      RootAccess: Disabled")
                .contains("Set `DirectInternetAccess` to `Disabled`. **Applying it REPLACES the notebook instance "
                        + "`Notebook`: ")
                .doesNotContain("Not in this");
    }

    @Test
    void aFixWhoseLinesAreInTheDiffIsASuggestion() throws IOException {
        Run run = scan("--- a/infra/notebook.yaml\n+++ b/infra/notebook.yaml\n@@ -6,3 +6,4 @@\n"
                + "     Properties:\n       InstanceType: ml.t3.medium   # the smallest size the team uses\n"
                + "+      RoleArn: arn:aws:iam::123456789012:role/notebook\n       RootAccess: Enabled\n");

        assertThat(run.out())
                .contains("```suggestion\n      RootAccess: Disabled")
                .doesNotContain("Not in this");
    }

    @Test
    void aFixOutsideTheDiffIsListedWithoutASuggestionBlock() throws IOException {
        Run run = scan("--- a/infra/notebook.yaml\n+++ b/infra/notebook.yaml\n@@ -1 +1 @@\n-# old\n+# new\n");

        assertThat(run.out())
                .doesNotContain("```suggestion")
                .contains("Not in this pull request's diff, so not suggested here")
                .contains(
                        "- **SageMaker.3** `Notebook`, `infra/notebook.yaml` line 9: Set `RootAccess` to `Disabled`.");
    }

    @Test
    void aDiffThatIsNotOneIsAnErrorWithItsLine() throws IOException {
        Run run = scan("--- a/x\n+++ b/x\n@@ broken @@\n");

        assertThat(run.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(run.err()).contains("pr.diff:3: not a unified diff").doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
    }
}
