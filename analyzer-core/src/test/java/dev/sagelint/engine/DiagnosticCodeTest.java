package dev.sagelint.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The diagnostic ids and their documentation: {@code docs/diagnostics.md} holds a table generated from
 * {@link DiagnosticCode} between two markers, and this test fails when the two disagree. With
 * {@code -Dsagelint.updateGolden=true} it rewrites the table and fails, so that the diff is reviewed.
 */
class DiagnosticCodeTest {

    private static final Path REPOSITORY =
            Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();
    private static final Path PAGE = REPOSITORY.resolve("docs/diagnostics.md");
    static final String START = "<!-- diagnostic codes: generated from DiagnosticCode by DiagnosticCodeTest -->";
    static final String END = "<!-- end of diagnostic codes -->";

    @ParameterizedTest
    @EnumSource(DiagnosticCode.class)
    void eachIdIsLowerCaseWithHyphensAndFoundByItself(DiagnosticCode code) {
        assertThat(code.id()).matches("[a-z]+(-[a-z]+)*");
        assertThat(DiagnosticCode.byId(code.id())).contains(code);
        assertThat(code).hasToString(code.id());
        assertThat(code.description()).endsWith(".").doesNotContain("|").doesNotContain("\n");
    }

    @Test
    void noTwoCodesShareAnId() {
        List<String> ids =
                Arrays.stream(DiagnosticCode.values()).map(DiagnosticCode::id).toList();
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void theDocumentationListsEveryIdAsTheEnumDeclaresIt() throws IOException {
        String page = Files.readString(PAGE, StandardCharsets.UTF_8);
        int start = page.indexOf(START);
        int end = page.indexOf(END);
        assertThat(start).as("%s has the marker %s", PAGE, START).isNotNegative();
        assertThat(end).as("%s has the marker %s", PAGE, END).isGreaterThan(start);
        String documented = page.substring(start + START.length(), end);
        String generated = "\n" + table() + "\n";
        if (Boolean.getBoolean("sagelint.updateGolden")) {
            Files.writeString(
                    PAGE,
                    page.substring(0, start + START.length()) + generated + page.substring(end),
                    StandardCharsets.UTF_8);
            fail("rewrote the table in " + PAGE + ": review it with `git diff`, then run the tests without "
                    + "-Dsagelint.updateGolden");
        }
        assertThat(documented)
                .as("the table in %s (regenerate with -Dsagelint.updateGolden=true)", PAGE)
                .isEqualTo(generated);
    }

    @Test
    void theReadmeLinksTheDocumentation() throws IOException {
        assertThat(Files.readString(REPOSITORY.resolve("README.md"), StandardCharsets.UTF_8))
                .contains("(docs/diagnostics.md)");
    }

    /** The Markdown table of every code, in declaration order. */
    static String table() {
        return "| id | condition |\n|---|---|\n"
                + Arrays.stream(DiagnosticCode.values())
                        .map(c -> "| `" + c.id() + "` | " + c.description() + " |")
                        .collect(Collectors.joining("\n"));
    }
}
