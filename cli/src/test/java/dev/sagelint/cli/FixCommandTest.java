package dev.sagelint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.sagelint.cli.Cli.Run;
import dev.sagelint.engine.ScanRequest;
import dev.sagelint.engine.Scanner;
import dev.sagelint.fix.ProposedFix;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sagelint fix} on a copy of {@code src/test/resources/fix-command/project}. */
class FixCommandTest {

    private static final Path GOLDEN = Path.of(System.getProperty("basedir", "."))
            .toAbsolutePath()
            .resolve("src/test/resources/fix-command/dry-run.out");

    @TempDir
    Path dir;

    private final Cli cli = new Cli().scanner(Scanner::withInstalledFrontends);

    @BeforeEach
    void copyProject() throws IOException, URISyntaxException {
        Path project =
                Path.of(FixCommandTest.class.getResource("/fix-command/project").toURI());
        try (Stream<Path> files = Files.list(project)) {
            for (Path f : files.toList()) Files.copy(f, dir.resolve(f.getFileName()));
        }
    }

    private String read(String name) throws IOException {
        return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
    }

    @Test
    void dryRunPrintsTheDiffHoldsBackReplacementsAndWritesNothing() throws IOException {
        String notebook = read("notebook.yaml");

        Run run = cli.run("fix", "--root", dir.toString(), dir.toString());

        assertThat(run.err()).contains("broken.yaml");
        assertThat(run.exitCode()).as("a file could not be analyzed").isEqualTo(ExitCode.ERROR);
        if (Boolean.getBoolean("sagelint.updateGolden")) {
            Files.writeString(GOLDEN, run.out(), StandardCharsets.UTF_8);
        } else {
            assertThat(run.out())
                    .as("fix output (regenerate with -Dsagelint.updateGolden=true)")
                    .isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
        }
        assertThat(run.out())
                .contains("-      RootAccess: Enabled", "+      RootAccess: Disabled")
                .doesNotContain("+      DirectInternetAccess")
                .contains("not applied, it replaces the resource");
        assertThat(read("notebook.yaml")).isEqualTo(notebook);
    }

    @Test
    void writeFixesEveryFileThatParsesAndASecondRunChangesNothing() throws IOException {
        Run first = cli.run("fix", "--root", dir.toString(), "--write", "--allow-replacement", dir.toString());

        assertThat(first.err()).contains("broken.yaml");
        assertThat(first.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(read("notebook.yaml"))
                .contains("      RootAccess: Disabled\n", "      DirectInternetAccess: Disabled\n")
                .contains("InstanceType: ml.t3.medium   # the smallest size the team uses");
        assertThat(read("main.tf")).contains("  default = true # off for the demo");
        String notebook = read("notebook.yaml");
        String tf = read("main.tf");

        Run second = cli.run("fix", "--root", dir.toString(), "--write", "--allow-replacement", dir.toString());

        assertThat(second.out()).contains("# 0 fix(es) written");
        assertThat(read("notebook.yaml")).isEqualTo(notebook);
        assertThat(read("main.tf")).isEqualTo(tf);
        Run scan = cli.run(
                "scan",
                "--root",
                dir.toString(),
                dir.resolve("notebook.yaml").toString(),
                dir.resolve("main.tf").toString());
        assertThat(scan.out()).doesNotContain("SageMaker.1 ", "SageMaker.3 ", "SageMaker.5 ");
    }

    @Test
    void placeholdersAreWrittenOnlyWhenAskedForAndSayWhatToPutThere() throws IOException {
        Path notebook = dir.resolve("notebook.yaml");

        Run without = cli.run("fix", "--root", dir.toString(), notebook.toString());
        Run with =
                cli.run("fix", "--root", dir.toString(), "--placeholders", "--allow-replacement", notebook.toString());

        assertThat(without.out()).doesNotContain("REPLACE-ME").contains("needs your value");
        assertThat(with.out())
                .contains("+      KmsKeyId: REPLACE-ME-kms-key-arn")
                .contains("This is a PLACEHOLDER: replace it with a customer managed KMS key ARN before deploying.");
        assertThat(read("notebook.yaml")).doesNotContain("REPLACE-ME");
    }

    @Test
    void onlyTheFilesGivenAreFixedAndCleanInputExitsZero() throws IOException {
        Path tf = dir.resolve("main.tf");
        Run fixed = cli.run("fix", "--root", dir.toString(), "--write", "--allow-replacement", tf.toString());
        assertThat(fixed.exitCode())
                .as("only findings that need the user's value are left")
                .isEqualTo(ExitCode.FINDINGS);
        assertThat(read("notebook.yaml")).contains("RootAccess: Enabled");

        Run again = cli.run("fix", "--root", dir.toString(), tf.toString());
        assertThat(again.out()).contains("# 0 fix(es) available");
    }

    @Test
    void aReadOnlyFileIsReportedAndTheOthersAreStillFixed() throws IOException {
        Path notebook = dir.resolve("notebook.yaml");
        Files.setPosixFilePermissions(notebook, PosixFilePermissions.fromString("r--r--r--"));
        String before = read("notebook.yaml");

        Run run = cli.run("fix", "--root", dir.toString(), "--write", "--allow-replacement", dir.toString());

        assertThat(run.err()).contains("notebook.yaml not written: the file is read-only");
        assertThat(run.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(read("notebook.yaml")).isEqualTo(before);
        assertThat(read("main.tf")).contains("default = true");
    }

    @Test
    void aFileThatChangedOnDiskIsNotOverwritten() throws IOException {
        Path file = dir.resolve("main.tf");
        String read = read("main.tf");
        Files.writeString(file, read + "# edited meanwhile\n", StandardCharsets.UTF_8);

        FixWriter.Result result = FixWriter.write(file, read, read.replace("false", "true"));

        assertThat(result.outcome()).isEqualTo(FixWriter.Outcome.CHANGED_ON_DISK);
        assertThat(read("main.tf")).endsWith("# edited meanwhile\n").contains("default = false");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".sagelint-fix"));
        }
    }

    @Test
    void aFileThatChangedAfterTheFixesWereComputedIsNotFixed() throws IOException {
        Path file = dir.resolve("main.tf");
        String scanned = read("main.tf");
        List<ProposedFix> fixes =
                Scanner.withInstalledFrontends()
                        .scan(ScanRequest.of(List.of(file)).withRoot(dir))
                        .fixes()
                        .stream()
                        .filter(f -> f.kind() == ProposedFix.Kind.EDIT)
                        .toList();
        assertThat(fixes).isNotEmpty();

        assertThat(FixCommand.changedSinceProposed(scanned, fixes)).isFalse();
        assertThat(FixCommand.changedSinceProposed(scanned.replace("churn", "churn2"), fixes))
                .isTrue();
    }

    @Test
    void baselinedFindingsAreLeftAsTheyAre() throws IOException {
        Path baseline = dir.resolve("baseline.json");
        Run created = cli.run(
                "baseline",
                "create",
                "--root",
                dir.toString(),
                "-o",
                baseline.toString(),
                dir.resolve("notebook.yaml").toString());
        assertThat(created.exitCode()).isEqualTo(ExitCode.OK);
        String notebook = read("notebook.yaml");

        Run run = cli.run(
                "fix",
                "--root",
                dir.toString(),
                "--baseline",
                baseline.toString(),
                "--write",
                "--allow-replacement",
                dir.resolve("notebook.yaml").toString(),
                dir.resolve("main.tf").toString());

        assertThat(read("notebook.yaml"))
                .as("every finding of it is in the baseline")
                .isEqualTo(notebook);
        assertThat(read("main.tf")).contains("default = true");
        assertThat(run.out()).doesNotContain("notebook.yaml");
        Run missing = cli.run(
                "fix",
                "--root",
                dir.toString(),
                "--baseline",
                dir.resolve("nope.json").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(missing.err()).contains("cannot read the baseline");
    }

    @Test
    void suppressedFindingsAreLeftAsTheyAre() throws IOException {
        Path notebook = dir.resolve("notebook.yaml");
        String suppressed = read("notebook.yaml")
                .replace("RootAccess: Enabled", "RootAccess: Enabled  # sagelint:ignore SageMaker.3 the lab needs it");
        Files.writeString(notebook, suppressed, StandardCharsets.UTF_8);

        cli.run("fix", "--root", dir.toString(), "--write", "--allow-replacement", notebook.toString());

        assertThat(read("notebook.yaml"))
                .contains("RootAccess: Enabled  # sagelint:ignore SageMaker.3")
                .as("the findings that are not suppressed are fixed")
                .contains("DirectInternetAccess: Disabled");
    }

    @Test
    void writingKeepsThePermissionsAndLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("main.tf");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        String read = read("main.tf");

        FixWriter.Result result = FixWriter.write(file, read, read.replace("false", "true"));

        assertThat(result.outcome()).isEqualTo(FixWriter.Outcome.WRITTEN);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-r-----");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".sagelint-fix"));
        }
        if (!read("main.tf").contains("default = true")) fail("not written");
    }
}
