package dev.sagelint.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * README's "Limits" section holds a table generated from {@link ScanContext.Limit} and the defaults: every limit,
 * its default, and the key that changes it in {@code .sagelint.yml} and on the command line. With
 * {@code -Dsagelint.updateGolden=true} the test rewrites the table and fails, so that the diff is reviewed.
 */
class LimitsDocTest {

    static final Path README = Path.of(System.getProperty("basedir", "."), "..", "README.md");
    static final String START = "<!-- limits: generated from ScanContext.Limit by LimitsDocTest -->";
    static final String END = "<!-- end of limits -->";

    @Test
    void theReadmeListsEveryLimitWithItsDefault() throws IOException {
        String page = Files.readString(README, StandardCharsets.UTF_8);
        int start = page.indexOf(START);
        int end = page.indexOf(END);
        assertThat(start).as("README has the marker %s", START).isNotNegative();
        assertThat(end).as("README has the marker %s", END).isGreaterThan(start);
        String generated = "\n" + table() + "\n";
        if (Boolean.getBoolean("sagelint.updateGolden")) {
            Files.writeString(
                    README,
                    page.substring(0, start + START.length()) + generated + page.substring(end),
                    StandardCharsets.UTF_8);
            fail("rewrote the limits table in README.md: review it with `git diff`, then run the tests without "
                    + "-Dsagelint.updateGolden");
        }
        assertThat(page.substring(start + START.length(), end))
                .as("the limits table in README.md (regenerate with -Dsagelint.updateGolden=true)")
                .isEqualTo(generated);
    }

    @Test
    void everyLimitHasAKeyAndCanBeChanged() {
        ScanContext.Limits defaults = ScanContext.Limits.defaults();
        for (ScanContext.Limit limit : ScanContext.Limit.values()) {
            assertThat(ScanContext.Limit.byKey(limit.key())).isSameAs(limit);
            ScanContext.Limits changed = defaults.with(limit, 7);
            assertThat(changed.get(limit)).as(limit.key()).isEqualTo(7);
            for (ScanContext.Limit other : ScanContext.Limit.values()) {
                if (other != limit) assertThat(changed.get(other)).isEqualTo(defaults.get(other));
            }
        }
    }

    /** The Markdown table of every limit, in declaration order. */
    static String table() {
        ScanContext.Limits defaults = ScanContext.Limits.defaults();
        return "| `limits:` key / `--limit` name | default | bounds |\n|---|---|---|\n"
                + Arrays.stream(ScanContext.Limit.values())
                        .map(l ->
                                "| `" + l.key() + "` | " + String.format(java.util.Locale.ROOT, "%,d", defaults.get(l))
                                        + " | " + l.description() + " |")
                        .collect(Collectors.joining("\n"));
    }
}
