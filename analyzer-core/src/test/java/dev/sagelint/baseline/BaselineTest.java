package dev.sagelint.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagelint.engine.ScanResult;
import dev.sagelint.report.ReportFixtures;
import dev.sagelint.rules.Finding;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {

    @TempDir
    Path dir;

    private static String written(ScanResult result) throws IOException {
        StringWriter out = new StringWriter();
        Baseline.write(result, out);
        return out.toString();
    }

    @Test
    void writtenBaselineReadsBackWithEveryCountedAndUnchangedFinding() throws IOException {
        ScanResult triaged = ReportFixtures.triaged();
        Path file = Files.writeString(dir.resolve(Baseline.DEFAULT_FILE_NAME), written(triaged));

        Baseline baseline = Baseline.read(file);

        assertThat(baseline.fingerprints())
                .hasSize(triaged.findings().size() + triaged.unchanged().size());
        for (Finding f : triaged.findings())
            assertThat(baseline.contains(f, ReportFixtures.ROOT)).isTrue();
        for (Finding f : triaged.unchanged())
            assertThat(baseline.contains(f, ReportFixtures.ROOT)).isTrue();
        assertThat(baseline.contains(triaged.suppressed().get(0).finding(), ReportFixtures.ROOT))
                .isFalse();
    }

    @Test
    void theFileIsStableAndReviewable() throws IOException {
        String text = written(ReportFixtures.findings());

        assertThat(text).isEqualTo(written(ReportFixtures.findings()));
        assertThat(text)
                .startsWith("{\n  \"formatVersion\": 1,\n  \"tool\": \"sagelint\",\n  \"findings\": [\n")
                .contains(
                        "\"file\": \"cdk.out/ml stack.template.json\"",
                        "\"resource\": \"InsecureNotebook\"",
                        "\"property\": \"RootAccess\"");
        assertThat(text.indexOf("cdk.out/")).isLessThan(text.indexOf("templates/"));
    }

    @Test
    void unknownFieldsAreIgnoredForLaterVersions() throws IOException {
        Path file = Files.writeString(
                dir.resolve("b.json"),
                "{\"formatVersion\": 2, \"extra\": {\"a\": [1]}, "
                        + "\"findings\": [{\"fingerprint\": \"abc\", \"note\": [\"x\"]}]}");

        assertThat(Baseline.read(file).fingerprints()).containsExactly("abc");
    }

    @Test
    void aFileThatIsNotABaselineSaysWhereAndWhy() throws IOException {
        Path notJson = Files.writeString(dir.resolve("a.json"), "{\n  \"findings\": [\n    oops\n");
        Path noFingerprint = Files.writeString(dir.resolve("b.json"), "{\"findings\": [{\"rule\": \"x\"}]}");
        Path noFindings = Files.writeString(dir.resolve("c.json"), "[]");

        assertThatThrownBy(() -> Baseline.read(notJson))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith(notJson + ":3: not a sagelint baseline: ");
        assertThatThrownBy(() -> Baseline.read(noFingerprint)).hasMessageContaining("has no \"fingerprint\"");
        assertThatThrownBy(() -> Baseline.read(noFindings)).hasMessageContaining("expected a JSON object");
        assertThatThrownBy(() -> Baseline.read(dir.resolve("missing.json")))
                .isInstanceOf(java.nio.file.NoSuchFileException.class);
    }
}
