package dev.sagelint.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * Golden-file comparison for JSON reports. The report is parsed, its volatile fields are normalized by the caller,
 * and the tree is compared with {@code src/test/resources/golden/<name>}. With {@code -Dsagelint.updateGolden=true}
 * the file is rewritten and the test fails, so that the diff is reviewed before it is committed.
 */
public final class Golden {

    public static final ObjectMapper JSON = new ObjectMapper();
    public static final Path DIR = Path.of(System.getProperty("basedir", "."), "src/test/resources/golden");

    private Golden() {}

    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tree as our reporters lay it out (see {@link JsonOutput}), so that golden files read like reports. */
    public static String pretty(JsonNode tree) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JsonOutput.open(out)) {
            JSON.writeTree(g, tree);
        }
        return out + "\n";
    }

    public static void assertMatches(String name, String report, UnaryOperator<JsonNode> normalize) throws IOException {
        JsonNode actual = normalize.apply(parse(report));
        Path file = DIR.resolve(name);
        String pretty = pretty(actual);
        if (Boolean.getBoolean("sagelint.updateGolden")) {
            Files.createDirectories(DIR);
            Files.writeString(file, pretty, StandardCharsets.UTF_8);
            fail("rewrote " + file + ": review it with `git diff`, then run the tests without -Dsagelint.updateGolden");
        }
        if (!Files.exists(file)) {
            fail("no golden file " + file + ": run the tests once with -Dsagelint.updateGolden=true and review it");
        }
        JsonNode expected = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        if (!expected.equals(actual)) {
            assertThat(pretty)
                    .as(
                            "%s differs from the report (regenerate with -Dsagelint.updateGolden=true "
                                    + "if the change is intended)",
                            file)
                    .isEqualTo(pretty(expected));
        }
    }
}
