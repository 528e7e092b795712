package dev.sagelint.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.report.json.JsonReporter;
import dev.sagelint.report.sarif.SarifReporter;
import dev.sagelint.report.text.TextReporter;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ReportersTest {

    @Test
    void findsEachFormatByItsName() {
        assertThat(Reporters.names())
                .containsExactly("text", "json", "sarif", "github", "markdown", "junit", "gitlab", "html");
        for (String name : Reporters.names()) {
            assertThat(Reporters.find(name, false))
                    .get()
                    .extracting(Reporter::name)
                    .isEqualTo(name);
        }
        assertThat(Reporters.find("text", true)).get().isInstanceOf(TextReporter.class);
        assertThat(Reporters.find("json", false)).get().isInstanceOf(JsonReporter.class);
        assertThat(Reporters.find("sarif", false)).get().isInstanceOf(SarifReporter.class);
    }

    @Test
    void unknownNameFindsNothing() {
        assertThat(Reporters.find("xml", false)).isEmpty();
        assertThat(Reporters.find("SARIF", false)).isEmpty();
    }

    @Test
    void colourReachesOnlyTheTextReport() throws IOException {
        StringWriter plain = new StringWriter(), coloured = new StringWriter(), json = new StringWriter();
        Reporters.find("text", false).orElseThrow().write(ReportFixtures.findings(), plain);
        Reporters.find("text", true).orElseThrow().write(ReportFixtures.findings(), coloured);
        Reporters.find("json", true).orElseThrow().write(ReportFixtures.findings(), json);
        assertThat(plain.toString()).doesNotContain("\u001b[");
        assertThat(coloured.toString()).contains("\u001b[");
        assertThat(json.toString()).doesNotContain("\u001b[").doesNotContain("\\u001b");
    }

    @Test
    void toolVersionComesFromTheBuild() {
        ToolInfo tool = ToolInfo.current();
        assertThat(tool.name()).isEqualTo("sagelint");
        assertThat(tool.version()).matches("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?");
        assertThat(tool.informationUri()).startsWith("https://");
    }
}
