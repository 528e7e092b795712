package dev.sagelint.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Everything about a rule except its logic, in one place: what the catalog, the documentation and every reporter
 * show. The prose documentation is {@code docs/rules/<id>.md}, packaged with the analyzer.
 *
 * @param id                 stable id: the Security Hub control id ({@code SageMaker.1}) or our own for related checks
 * @param title              one line, saying what should hold
 * @param severity           the default severity (Security Hub's, for its controls)
 * @param standards          the Security Hub standards the control belongs to; empty for related checks
 * @param awsConfigRule      the AWS Config managed rule the check mirrors, or {@code null} when there is none
 * @param subject            the resource in words, for messages ("notebook instance")
 * @param resourceTypes      the CloudFormation types it reads
 * @param properties         the CloudFormation property paths it reads
 * @param risk               what the insecure setting lets happen, completing a message ("users have root access")
 * @param fix                whether fixing it updates in place or replaces the resource
 * @param fixNote            how the fix is applied, in one sentence
 * @param remediation        the fix per input format
 * @param awsDocUrl          the AWS page that defines the control
 */
public record RuleMeta(
        String id,
        String title,
        Severity severity,
        List<String> standards,
        String awsConfigRule,
        String subject,
        List<String> resourceTypes,
        List<String> properties,
        String risk,
        Fix fix,
        String fixNote,
        Remediation remediation,
        String awsDocUrl) {

    /** Where the project publishes its rule documentation; {@link #helpUri()} points below it. */
    public static final String DOCS_BASE = "https://github.com/sagelint/sagelint/blob/main/docs/rules/";

    public RuleMeta {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(risk, "risk");
        Objects.requireNonNull(fix, "fix");
        Objects.requireNonNull(fixNote, "fixNote");
        Objects.requireNonNull(remediation, "remediation");
        Objects.requireNonNull(awsDocUrl, "awsDocUrl");
        standards = List.copyOf(standards);
        resourceTypes = List.copyOf(resourceTypes);
        properties = List.copyOf(properties);
    }

    /** Whether this rule mirrors an AWS Security Hub control. */
    public boolean isSecurityHubControl() {
        return id.startsWith("SageMaker.");
    }

    /** The documentation page of this rule. */
    public String helpUri() {
        return DOCS_BASE + id + ".md";
    }

    /** The classpath resource that holds the documentation page. */
    public String docResource() {
        return "/dev/sagelint/docs/rules/" + id + ".md";
    }

    /** The documentation page in Markdown, read from the analyzer's resources. */
    public String helpMarkdown() {
        try (InputStream in = RuleMeta.class.getResourceAsStream(docResource())) {
            if (in == null) {
                throw new IllegalStateException("no documentation page for rule " + id + " at " + docResource());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
