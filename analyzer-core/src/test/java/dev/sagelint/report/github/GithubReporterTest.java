package dev.sagelint.report.github;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.engine.ScanResult;
import dev.sagelint.report.ReportFixtures;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GithubReporterTest {

    private static String github(ScanResult result) throws IOException {
        StringWriter out = new StringWriter();
        new GithubReporter().write(result, out);
        return out.toString();
    }

    @Test
    void oneAnnotationPerFindingWithItsSpanAndRuleAsTitle() throws IOException {
        String out = github(ReportFixtures.findings());

        assertThat(out.lines()).hasSize(ReportFixtures.findings().findings().size());
        assertThat(out.lines().toList())
                .contains(
                        "::error file=templates/notebooks.yaml,line=9,endLine=9,col=19,endColumn=26,title=SageMaker.3"
                                + "::InsecureNotebook: `RootAccess` is `Enabled`: every user of the notebook instance can "
                                + "become root and change its software and configuration.",
                        "::warning file=cdk.out/ml stack.template.json,line=5,endLine=5,col=5,endColumn=23,"
                                + "title=SageMaker.5::MlStack/Model: "
                                + ReportFixtures.findings().findings().stream()
                                        .filter(f -> f.rule().id().equals("SageMaker.5"))
                                        .findFirst()
                                        .orElseThrow()
                                        .message());
    }

    @Test
    void diagnosticsAreAnnotatedAndUnknownPositionsLeftOut() throws IOException {
        String out = github(ReportFixtures.partial());

        assertThat(out.lines().toList())
                .contains(
                        "::error file=templates/broken.yaml,line=3,endLine=3,col=12,title=sagelint parse-error"
                                + "::mapping values are not allowed here",
                        "::error file=templates/latin1.yaml,title=sagelint encoding-error"
                                + "::the file is not valid UTF-8 (byte 0xE9)");
    }

    @Test
    void suppressedAndBaselineFindingsAreNotAnnotated() throws IOException {
        ScanResult triaged = ReportFixtures.triaged();

        assertThat(github(triaged).lines())
                .hasSize(triaged.findings().size())
                .noneMatch(l -> l.contains("InsecureNotebook") && l.contains("title=SageMaker.3"));
    }

    @Test
    void escapesAsTheActionsToolkitDoes() {
        assertThat(GithubReporter.escapeData("100% sure\r\nnext: a, b")).isEqualTo("100%25 sure%0D%0Anext: a, b");
        assertThat(GithubReporter.escapeProperty("dir,x/a:b%.yaml\n")).isEqualTo("dir%2Cx/a%3Ab%25.yaml%0A");
        assertThat(GithubReporter.command("notice", "a,b.tf", 2, 3, 4, 9, "T:1", "m\nn"))
                .isEqualTo("::notice file=a%2Cb.tf,line=2,endLine=3,col=4,title=T%3A1::m%0An\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            escape sequence  | a\u001b[31mred         | a\\x1b[31mred
            bell and NUL     | a\u0007b\u0000c       | a\\x07b\\x00c
            right-to-left    | x\u202Eexe.yaml       | x\\u202eexe.yaml
            """)
    void controlCharactersAreShownNotSent(String what, String value, String expected) {
        assertThat(GithubReporter.escapeData(value)).isEqualTo(expected);
        assertThat(GithubReporter.escapeProperty(value)).isEqualTo(expected);
    }
}
