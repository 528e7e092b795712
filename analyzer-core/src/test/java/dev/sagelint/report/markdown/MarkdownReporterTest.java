package dev.sagelint.report.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.engine.ScanResult;
import dev.sagelint.report.ReportFixtures;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class MarkdownReporterTest {

    private static String markdown(MarkdownReporter reporter, ScanResult result) throws IOException {
        StringWriter out = new StringWriter();
        reporter.write(result, out);
        return out.toString();
    }

    @Test
    void summaryAndOneTableRowPerFinding() throws IOException {
        String md = markdown(new MarkdownReporter(), ReportFixtures.findings());

        assertThat(md)
                .startsWith("## sagelint\n\n**5 findings (4 high, 1 medium; 1 conditional) in 2 files**\n\n"
                        + "| Severity | Rule | Resource | Location | Finding |\n|---|---|---|---|---|\n");
        assertThat(md.lines().filter(l -> l.startsWith("| high") || l.startsWith("| medium")))
                .hasSize(5);
        assertThat(md)
                .contains(
                        "| high | [SageMaker.3](https://github.com/sagelint/sagelint/blob/main/docs/rules/"
                                + "SageMaker.3.md) | `InsecureNotebook` | `templates/notebooks.yaml:9` | `RootAccess` is `Enabled`");
        assertThat(md).contains("| `ConditionalNotebook` | `templates/notebooks.yaml:22` | (conditional) ");
    }

    @Test
    void cleanScanIsOneLine() throws IOException {
        assertThat(markdown(new MarkdownReporter(), ReportFixtures.clean()))
                .isEqualTo("## sagelint\n\n**0 findings in 1 file**\n\n");
    }

    @Test
    void diagnosticsSuppressedAndBaselineCountsAreListed() throws IOException {
        assertThat(markdown(new MarkdownReporter(), ReportFixtures.partial()))
                .contains(
                        "<details><summary>3 diagnostics</summary>",
                        "- error `templates/broken.yaml:3` mapping values are not allowed here (`parse-error`)");
        assertThat(markdown(new MarkdownReporter(), ReportFixtures.triaged()))
                .contains("in 2 files** · 1 suppressed · 1 unchanged in the baseline");
    }

    @Test
    void longTablesAreCutWithANote() throws IOException {
        String md = markdown(new MarkdownReporter(2), ReportFixtures.findings());

        assertThat(md.lines().filter(l -> l.startsWith("| high") || l.startsWith("| medium")))
                .hasSize(2);
        assertThat(md).contains("3 more findings are not listed here");
    }

    @Test
    void cellsStayInTheirColumn() {
        assertThat(MarkdownReporter.cell("a | b\nc <script>")).isEqualTo("a \\| b c &lt;script&gt;");
        assertThat(MarkdownReporter.code("x`y")).isEqualTo("``x`y``");
    }
}
