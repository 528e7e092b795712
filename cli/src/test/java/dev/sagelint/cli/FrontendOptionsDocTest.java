package dev.sagelint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.sagelint.engine.FrontendOption;
import dev.sagelint.engine.Scanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's table of front-end options is generated from what the installed front-ends declare, so that a new
 * option is documented where users look and the table cannot drift. With {@code -Dsagelint.updateGolden=true} the
 * test rewrites the table and fails, so that the diff is reviewed.
 */
class FrontendOptionsDocTest {

    private static final Path README = Path.of(System.getProperty("basedir", "."))
            .toAbsolutePath()
            .getParent()
            .resolve("README.md");
    private static final String START =
            "<!-- front-end options: generated from the installed front-ends by FrontendOptionsDocTest -->";
    private static final String END = "<!-- end of front-end options -->";

    @Test
    void theReadmeListsEveryOptionTheInstalledFrontendsDeclare() throws IOException {
        Scanner scanner = Scanner.withInstalledFrontends();
        assertThat(scanner.options()).extracting(FrontendOption::name).contains("tf-root", "tf-var-file");
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        assertThat(start).as("README.md has the marker %s", START).isNotNegative();
        assertThat(end).as("README.md has the marker %s", END).isGreaterThan(start);
        String generated = "\n" + table(scanner) + "\n";
        if (Boolean.getBoolean("sagelint.updateGolden")) {
            Files.writeString(
                    README,
                    readme.substring(0, start + START.length()) + generated + readme.substring(end),
                    StandardCharsets.UTF_8);
            fail("rewrote the front-end options in " + README + ": review it with `git diff`, then run the tests "
                    + "without -Dsagelint.updateGolden");
        }
        assertThat(readme.substring(start + START.length(), end))
                .as("the front-end options in README.md (regenerate with -Dsagelint.updateGolden=true)")
                .isEqualTo(generated);
    }

    private static String table(Scanner scanner) {
        return "| option | kind | meaning |\n|---|---|---|\n"
                + scanner.options().stream()
                        .map(o -> "| `" + o.name() + "` | " + kind(o.kind()) + " | " + o.description() + " |")
                        .collect(Collectors.joining("\n"));
    }

    private static String kind(FrontendOption.Kind kind) {
        return switch (kind) {
            case FILES -> "files, repeatable";
            case INPUT_FOLDER -> "one folder, scanned too";
        };
    }
}
