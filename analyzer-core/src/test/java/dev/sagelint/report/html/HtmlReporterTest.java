package dev.sagelint.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.engine.ScanResult;
import dev.sagelint.report.ReportFixtures;
import dev.sagelint.report.text.TextReporter;
import dev.sagelint.rules.Finding;
import java.io.IOException;
import java.io.StringWriter;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReporterTest {

    private static String html(ScanResult result) throws IOException {
        StringWriter out = new StringWriter();
        new HtmlReporter().write(result, out);
        return out.toString();
    }

    @Test
    void pageHasOneRowPerFindingAndTheSummary() throws IOException {
        ScanResult result = ReportFixtures.findings();
        String page = html(result);

        assertThat(page).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        assertThat(page).contains(TextReporter.summaryLine(result));
        assertThat(Pattern.compile("<tr><td>").matcher(page).results().count())
                .isEqualTo(result.findings().size());
        for (Finding f : result.findings()) {
            assertThat(page)
                    .contains(
                            "<a href=\"" + f.rule().helpUri() + "\">" + f.rule().id() + "</a>");
        }
    }

    @Test
    void diagnosticsAreListedAndMarkupIsEscaped() throws IOException {
        String page = html(ReportFixtures.partial());

        assertThat(page).contains("<h2>Diagnostics</h2>");
        assertThat(HtmlReporter.escape("<b a=\"1\">&</b>")).isEqualTo("&lt;b a=&quot;1&quot;&gt;&amp;&lt;/b&gt;");
    }

    @Test
    void cleanScanHasNoTable() throws IOException {
        assertThat(html(ReportFixtures.clean())).doesNotContain("<table>").contains("0 findings");
    }
}
