package dev.sagelint.report.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.engine.ScanResult;
import dev.sagelint.report.ReportFixtures;
import dev.sagelint.rules.Finding;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The JUnit XML report, checked against {@code junit/junit-report.xsd} (the documented shape CI systems read) and
 * against the scan: one test case per rule and resource it checks, a failure per finding.
 */
class JunitReporterTest {

    static Stream<ScanResult> scans() {
        return Stream.of(
                ReportFixtures.findings(), ReportFixtures.partial(), ReportFixtures.clean(), ReportFixtures.triaged());
    }

    static String junit(ScanResult result) throws IOException {
        StringWriter out = new StringWriter();
        new JunitReporter().write(result, out);
        return out.toString();
    }

    @ParameterizedTest
    @MethodSource("scans")
    void reportIsValidAgainstTheSchema(ScanResult result) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        var schema = factory.newSchema(JunitReporterTest.class.getResource("/junit/junit-report.xsd"));

        schema.newValidator().validate(new StreamSource(new StringReader(junit(result))));
    }

    @ParameterizedTest
    @MethodSource("scans")
    void eachFindingIsAFailureOfItsRuleAndResource(ScanResult result) throws Exception {
        Document doc = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new InputSource(new StringReader(junit(result))));

        List<String> failures = new ArrayList<>();
        NodeList cases = doc.getElementsByTagName("testcase");
        int failed = 0;
        for (int i = 0; i < cases.getLength(); i++) {
            Element testCase = (Element) cases.item(i);
            NodeList caseFailures = testCase.getElementsByTagName("failure");
            if (caseFailures.getLength() > 0) failed++;
            for (int j = 0; j < caseFailures.getLength(); j++) {
                Element failure = (Element) caseFailures.item(j);
                failures.add(testCase.getAttribute("classname") + " " + testCase.getAttribute("name") + " "
                        + failure.getAttribute("message"));
            }
        }
        List<String> expected = new ArrayList<>();
        for (Finding f : result.findings()) {
            expected.add(f.rule().id() + " " + f.resource().address() + " "
                    + (f.isConditional() ? "(conditional) " : "") + f.message());
        }
        assertThat(failures).containsExactlyInAnyOrderElementsOf(expected);
        Element root = doc.getDocumentElement();
        assertThat(root.getAttribute("tests")).isEqualTo(String.valueOf(cases.getLength()));
        assertThat(root.getAttribute("failures")).isEqualTo(String.valueOf(failed));
        // Every rule that ran is a suite, so a clean scan still shows what was checked.
        assertThat(doc.getElementsByTagName("testsuite").getLength())
                .isEqualTo(result.rules().size());
        assertThat(cases.getLength()).isGreaterThanOrEqualTo(failed);
    }
}
