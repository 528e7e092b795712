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
 * @param message      fact and consequence in words
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
        String message,
        Condition condition,
        List<Span> related)
        implements Comparable<Finding> {

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

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(propertyPath, "propertyPath");
        Objects.requireNonNull(message, "message");
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
