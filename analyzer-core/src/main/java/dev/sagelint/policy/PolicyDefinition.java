package dev.sagelint.policy;

import dev.sagelint.rules.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A custom policy as written in a policy file, before its expressions are compiled.
 *
 * @param file        the policy file
 * @param line        the line of the policy's {@code id}
 * @param id          the rule id findings carry
 * @param title       one line, as {@code sagelint rules} shows it
 * @param severity    the severity of its findings
 * @param resources   the model type names it applies to ({@link PolicyModel#RESOURCE_TYPES})
 * @param when        the scope: the policy applies only where this is true; {@code null} for every resource
 * @param require     true when the resource complies
 * @param message     what a failure means, completing the finding's message
 * @param remediation how to fix it, per format; each may be {@code null}
 * @param url         a page that explains the policy, or {@code null}
 */
public record PolicyDefinition(
        Path file,
        int line,
        String id,
        String title,
        Severity severity,
        List<String> resources,
        Expression when,
        Expression require,
        String message,
        Remediation remediation,
        String url) {

    public PolicyDefinition {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(require, "require");
        resources = List.copyOf(resources);
    }

    /**
     * A CEL expression and where its text starts in the policy file.
     *
     * @param text   the expression
     * @param line   the 1-based line of its first character
     * @param column the 1-based column of its first character
     * @param block  whether it is a YAML block scalar ({@code |}), whose lines start at {@code column} each
     */
    public record Expression(String text, int line, int column, boolean block) {}

    /** Remediation text per input format; each may be {@code null}. */
    public record Remediation(String cloudFormation, String terraform, String cdk) {}
}
