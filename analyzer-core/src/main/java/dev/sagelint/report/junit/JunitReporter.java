package dev.sagelint.report.junit;

import dev.sagelint.engine.ScanResult;
import dev.sagelint.model.sagemaker.SageMakerResource;
import dev.sagelint.report.Labels;
import dev.sagelint.report.Reporter;
import dev.sagelint.report.text.TextReporter;
import dev.sagelint.rules.Finding;
import dev.sagelint.rules.RuleMeta;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JUnit XML, the test report format Jenkins, GitLab CI and Azure DevOps show: one {@code <testsuite>} per rule
 * that ran, and in it one {@code <testcase>} per resource the rule checks ({@code classname} the rule id,
 * {@code name} the resource address), with a {@code <failure>} for each finding on it. A rule and resource without
 * a finding is a passed test, so the CI system shows what was checked, not only what failed. Suppressed and
 * baselined findings are not failures. Diagnostics are not tests and are not written here; they go to standard
 * error and the other formats.
 */
public final class JunitReporter implements Reporter {

    @Override
    public String name() {
        return "junit";
    }

    @Override
    public void write(ScanResult result, Writer out) throws IOException {
        Map<RuleMeta, Map<String, List<Finding>>> cases = new LinkedHashMap<>();
        for (RuleMeta rule : result.rules()) {
            Map<String, List<Finding>> byResource = new LinkedHashMap<>();
            for (SageMakerResource resource : result.resources()) {
                if (rule.resourceTypes().contains(resource.id().sourceType())) {
                    byResource.putIfAbsent(resource.id().address(), new ArrayList<>());
                }
            }
            cases.put(rule, byResource);
        }
        for (Finding f : result.findings()) {
            RuleMeta rule = cases.keySet().stream()
                    .filter(r -> r.id().equals(f.rule().id()))
                    .findFirst()
                    .orElse(f.rule());
            cases.computeIfAbsent(rule, r -> new LinkedHashMap<>())
                    .computeIfAbsent(f.resource().address(), a -> new ArrayList<>())
                    .add(f);
        }
        int tests = cases.values().stream().mapToInt(Map::size).sum();
        int failures = cases.values().stream()
                .mapToInt(
                        m -> (int) m.values().stream().filter(l -> !l.isEmpty()).count())
                .sum();

        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<testsuites name=\"sagelint\" tests=\"")
                .append(tests)
                .append("\" failures=\"")
                .append(failures)
                .append("\" errors=\"0\">\n");
        for (Map.Entry<RuleMeta, Map<String, List<Finding>>> suite : cases.entrySet()) {
            RuleMeta rule = suite.getKey();
            Map<String, List<Finding>> byResource = suite.getValue();
            long failed = byResource.values().stream().filter(l -> !l.isEmpty()).count();
            xml.append("  <testsuite name=\"")
                    .append(attr(rule.id() + ": " + rule.title()))
                    .append("\" tests=\"")
                    .append(byResource.size())
                    .append("\" failures=\"")
                    .append(failed)
                    .append("\" errors=\"0\" skipped=\"0\">\n");
            for (Map.Entry<String, List<Finding>> testCase : byResource.entrySet()) {
                xml.append("    <testcase classname=\"")
                        .append(attr(rule.id()))
                        .append("\" name=\"")
                        .append(attr(testCase.getKey()))
                        .append('"');
                List<Finding> findings = testCase.getValue();
                if (findings.isEmpty()) {
                    xml.append("/>\n");
                    continue;
                }
                Finding first = findings.get(0);
                xml.append(" file=\"")
                        .append(attr(Labels.path(result.root(), first.location().file())))
                        .append("\" line=\"")
                        .append(first.location().line())
                        .append("\">\n");
                for (Finding f : findings) {
                    String location = Labels.path(result.root(), f.location().file()) + ":"
                            + f.location().line() + ":" + f.location().column();
                    String message = (f.isConditional() ? TextReporter.CONDITIONAL + " " : "") + f.message();
                    xml.append("      <failure type=\"")
                            .append(attr(f.severity().name()))
                            .append("\" message=\"")
                            .append(attr(message))
                            .append("\">")
                            .append(text(location + " " + f.severity().name() + " "
                                    + f.rule().id() + " " + f.resource().displayName() + "\n" + message + "\n"
                                    + f.rule().helpUri()))
                            .append("</failure>\n");
                }
                xml.append("    </testcase>\n");
            }
            xml.append("  </testsuite>\n");
        }
        xml.append("</testsuites>\n");
        out.write(xml.toString());
        out.flush();
    }

    private static String attr(String value) {
        return text(value).replace("\"", "&quot;").replace("\n", "&#10;");
    }

    /** XML character data: escaped, and without the control characters XML 1.0 cannot hold. */
    private static String text(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        out.append('?');
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
