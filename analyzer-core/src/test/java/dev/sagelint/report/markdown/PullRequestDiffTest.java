package dev.sagelint.report.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** {@link PullRequestDiff} on {@code pr-diff/sample.diff}, against the rows of {@code sample.diff.expected}. */
class PullRequestDiffTest {

    private static final Path DIR =
            Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("src/test/resources/pr-diff");
    private static final Path ROOT = Path.of("/repo");

    @TestFactory
    Stream<DynamicTest> everyExpectedRowHolds() throws Exception {
        PullRequestDiff diff =
                PullRequestDiff.parse(Files.readString(DIR.resolve("sample.diff"), StandardCharsets.UTF_8));
        List<DynamicTest> tests = new ArrayList<>();
        for (String row : Files.readAllLines(DIR.resolve("sample.diff.expected"), StandardCharsets.UTF_8)) {
            if (row.isBlank() || row.startsWith("#")) continue;
            String[] f = row.split(" ");
            boolean covered = f[3].equals("yes");
            tests.add(DynamicTest.dynamicTest(
                    row,
                    () -> assertThat(diff.covers(
                                    ROOT, ROOT.resolve(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2])))
                            .isEqualTo(covered)));
        }
        assertThat(tests).hasSizeGreaterThan(8);
        return tests.stream();
    }

    @Test
    void crlfLineEndsAreRead() throws Exception {
        String crlf = Files.readString(DIR.resolve("sample.diff"), StandardCharsets.UTF_8)
                .replace("\n", "\r\n");
        assertThat(PullRequestDiff.parse(crlf).covers(ROOT, ROOT.resolve("infra/notebook.yaml"), 9, 9))
                .isTrue();
    }

    @Test
    void aBrokenHunkHeaderIsReportedWithItsLine() throws IOException {
        assertThatThrownBy(() -> PullRequestDiff.parse("--- a/x\n+++ b/x\n@@ -1,2 +one @@\n"))
                .isInstanceOf(PullRequestDiff.Malformed.class)
                .hasMessageContaining("not a unified diff hunk header")
                .satisfies(
                        e -> assertThat(((PullRequestDiff.Malformed) e).line()).isEqualTo(3));
        assertThatThrownBy(() -> PullRequestDiff.parse("@@ -1 +1 @@\n"))
                .isInstanceOf(PullRequestDiff.Malformed.class)
                .hasMessageContaining("before any");
    }
}
