package dev.sagelint.rules;

import dev.sagelint.model.Condition;
import dev.sagelint.model.ResourceId;
import dev.sagelint.model.SourcePaths;
import dev.sagelint.model.Span;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * One thing a rule found wrong with one resource.
 *
 * @param rule         the rule's metadata
 * @param severity     the severity (the rule's, unless the configuration overrides it)
 * @param resource     the resource
 * @param location     where to point: the offending value where written, else the resource's declaration
 * @param propertyPath the property at fault, in the source's spelling
 * @param text         fact and consequence in words, rendered when {@link #message()} is asked: a scan holds many
 *                     findings, and a report writes the words of only some of them (SARIF keeps the most severe
 *                     25,000), so a rule keeps what makes the message rather than the message
 * @param condition    when it is insecure, for a value that depends on a parameter or condition; else null.
 *                     {@link Condition#inputs()} names the parameters and variables it depends on
 * @param related      other places worth showing: the offending value in a synthesized template when
 *                     {@code location} is the CDK app line that created the resource; usually empty
 */
public record Finding(
        RuleMeta rule,
        Severity severity,
        ResourceId resource,
        Span location,
        String propertyPath,
        Text text,
        Condition condition,
        List<Span> related)
        implements Comparable<Finding> {

    /**
     * The words of a finding, rendered on demand. Rendering is pure: it reads nothing but what the text holds, and
     * an implementation is a record, so that texts made of equal parts are equal.
     */
    public interface Text {
        String render();

        /** A text that is already words. */
        static Text of(String words) {
            return new Fixed(words);
        }
    }

    private record Fixed(String words) implements Text {
        Fixed {
            Objects.requireNonNull(words, "message");
        }

        @Override
        public String render() {
            return words;
        }
    }

    /** A finding whose message is already words. */
    public Finding(
            RuleMeta rule,
            Severity severity,
            ResourceId resource,
            Span location,
            String propertyPath,
            String message,
            Condition condition,
            List<Span> related) {
        this(rule, severity, resource, location, propertyPath, Text.of(message), condition, related);
    }

    /** A finding without related locations. */
    public Finding(
            RuleMeta rule,
            Severity severity,
            ResourceId resource,
            Span location,
            String propertyPath,
            String message,
            Condition condition) {
        this(rule, severity, resource, location, propertyPath, message, condition, List.of());
    }

    /** Fact and consequence in words. */
    public String message() {
        return text.render();
    }

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(propertyPath, "propertyPath");
        Objects.requireNonNull(text, "message");
        related = related == null ? List.of() : List.copyOf(related);
    }

    public boolean isConditional() {
        return condition != null;
    }

    /** The condition in words ("when condition `IsDev` holds"), or {@code null} when the finding always holds. */
    public String conditionText() {
        return condition == null ? null : condition.words();
    }

    /**
     * A fingerprint that does not change when lines move: rule id, the file relative to the scan root, the
     * resource address and the property path.
     */
    public String fingerprint(Path root) {
        Path file = resource.declaration().file();
        String relative = root == null ? file.toString() : SourcePaths.relative(root, file);
        String key = rule.id() + "|" + relative + "|" + resource.address() + "|" + propertyPath;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public int compareTo(Finding o) {
        int c = location.compareTo(o.location);
        if (c != 0) return c;
        c = Rules.compareIds(rule.id(), o.rule.id());
        if (c != 0) return c;
        return resource.address().compareTo(o.resource.address());
    }
}
