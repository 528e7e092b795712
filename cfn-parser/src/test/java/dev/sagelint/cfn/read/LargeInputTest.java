package dev.sagelint.cfn.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.cfn.read.CfnNode.Mapping;
import dev.sagelint.cfn.read.CfnNode.Scalar;
import dev.sagelint.engine.ScanContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Legal but large YAML costs time in proportion to its size: a single 8 MB scalar took 28 s when SnakeYAML's
 * stream reader copied its growing window for every 1,023 characters read.
 */
class LargeInputTest {

    private static final int EIGHT_MB = 8 * 1024 * 1024;

    private static ReadResult read(String text) {
        return new TemplateReader(ScanContext.Limits.defaults())
                .read(Path.of("big.yaml"), text.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"plain, '', ''", "double-quoted, '\"', '\"'", "single-quoted, '''', ''''", "flow sequence, '[', ']'"})
    void eightMegabyteScalarIsReadWhole(String style, String open, String close) {
        String big = "a".repeat(EIGHT_MB);
        ReadResult result = read("Description: " + open + big + close + "\nResources: {}\n");

        assertThat(result.diagnostics()).isEmpty();
        CfnNode description =
                ((Mapping) result.root().orElseThrow()).get("Description").orElseThrow();
        CfnNode value = description instanceof CfnNode.Sequence s ? s.items().get(0) : description;
        assertThat(((Scalar) value).value()).hasSize(EIGHT_MB);
        assertThat(((Mapping) result.root().orElseThrow())
                        .entry("Resources")
                        .orElseThrow()
                        .keySpan()
                        .line())
                .isEqualTo(2);
    }

    @Test
    void positionsAfterAHugeScalarWithCharactersOutsideTheBmpAreExact() {
        String big = "\uD83D\uDE80".repeat(EIGHT_MB / 8);
        ReadResult result = read("A: " + big + "\nB: [x, \uD83D\uDE80, y]\n");

        Mapping root = (Mapping) result.root().orElseThrow();
        CfnNode.Sequence b = (CfnNode.Sequence) root.get("B").orElseThrow();
        assertThat(b.items().get(2).span().line()).isEqualTo(2);
        assertThat(b.items().get(2).span().column()).as("UTF-16 columns").isEqualTo(12);
    }
}
