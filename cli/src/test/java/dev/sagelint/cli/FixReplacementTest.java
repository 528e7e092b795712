package dev.sagelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.cli.Cli.Run;
import dev.sagelint.engine.Scanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code sagelint fix} says a fix of a create-only property replaces: with a Terraform plan, the resources
 * that exist now (and not those the plan creates, whose fixes are not held back); with a CDK assembly, the construct
 * path, logical ID and stack of each resource.
 */
class FixReplacementTest {

    private static final Path BASE = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
    private static final Path PLAN_PROJECT = BASE.resolve("src/test/resources/fix-plan/project");
    private static final Path PLAN_GOLDEN = BASE.resolve("src/test/resources/fix-plan/dry-run.out");
    private static final Path CDK_SAMPLE = BASE.resolve("../samples/cdk").normalize();

    @TempDir
    Path dir;

    private final Cli cli = new Cli().scanner(Scanner::withInstalledFrontends);

    @Test
    void withAPlanOnlyTheResourcesThatExistAreReplaced() throws IOException {
        copy(PLAN_PROJECT, dir);

        Run run = cli.run("fix", "--root", dir.toString(), "--tf-root", dir.toString(), dir.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
        if (Boolean.getBoolean("sagelint.updateGolden")) {
            Files.writeString(PLAN_GOLDEN, run.out(), StandardCharsets.UTF_8);
        } else {
            assertThat(run.out())
                    .as("fix output (regenerate with -Dsagelint.updateGolden=true)")
                    .isEqualTo(Files.readString(PLAN_GOLDEN, StandardCharsets.UTF_8));
        }
        assertThat(run.out())
                .contains("Per the Terraform plan, applying it REPLACES the notebook instance "
                        + "`aws_sagemaker_notebook_instance.team[\"research\"]`, which exists now")
                .contains("`aws_sagemaker_notebook_instance.team[\"reporting\"]` is created by the plan")
                .contains("`aws_sagemaker_model.churn` is created by the plan")
                .doesNotContain("REPLACES the model");
    }

    @Test
    void withAPlanFixesOfCreatedResourcesAreWrittenWithoutAllowReplacement() throws IOException {
        copy(PLAN_PROJECT, dir);

        cli.run("fix", "--root", dir.toString(), "--tf-root", dir.toString(), "--write", dir.toString());
        String held = Files.readString(dir.resolve("main.tf"), StandardCharsets.UTF_8);
        cli.run(
                "fix",
                "--root",
                dir.toString(),
                "--tf-root",
                dir.toString(),
                "--write",
                "--allow-replacement",
                dir.toString());
        String all = Files.readString(dir.resolve("main.tf"), StandardCharsets.UTF_8);

        assertThat(held)
                .as("the model is created by the plan: its fix replaces nothing")
                .contains("enable_network_isolation = true")
                .as("research exists: turning off its internet access replaces it")
                .contains("direct_internet_access = \"Enabled\"");
        assertThat(all).contains("direct_internet_access = \"Disabled\"");
    }

    @Test
    void cdkFindingsSayWhichConstructIsReplacedAndNothingIsWritten() throws IOException {
        copy(CDK_SAMPLE, dir);
        Path app = dir.resolve("insecure/app.js");
        String before = Files.readString(app, StandardCharsets.UTF_8);

        Run run = cli.run("fix", "--root", dir.toString(), "--write", "--allow-replacement", dir.toString());

        assertThat(run.out())
                .contains(
                        "change by hand: insecure/app.js:16 SageMaker.1 `InsecureSageMakerStack/Notebook`: At "
                                + "app.js:16, pass `directInternetAccess: 'Disabled'` to `new sagemaker.CfnNotebookInstance(...)`")
                .contains("Applying it REPLACES the notebook instance `InsecureSageMakerStack/Notebook` (logical ID "
                        + "`Notebook` in stack `InsecureSageMakerStack`)")
                .contains("# 0 fix(es) written");
        assertThat(run.out().lines().filter(l -> l.contains(" SageMaker.3 ")))
                .as("RootAccess is updated in place")
                .allSatisfy(l -> assertThat(l).doesNotContain("REPLACES"));
        assertThat(Files.readString(app, StandardCharsets.UTF_8)).isEqualTo(before);
        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(target);
                else Files.copy(f, target);
            }
        }
    }
}
