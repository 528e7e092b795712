package dev.sagelint.rules;

import dev.sagelint.model.Violation;
import dev.sagelint.model.sagemaker.SageMakerResource;
import java.util.List;
import java.util.stream.Stream;

/**
 * A rule over one resource type. Subclasses say which properties are insecure; this class turns each
 * {@link Violation} into a {@link Finding} with a message that gives the fact, the risk, and, for an immutable
 * property, that the fix replaces the resource.
 */
public abstract class ResourceRule<R extends SageMakerResource> implements Rule {

    private final Class<R> type;
    private final RuleMeta meta;

    protected ResourceRule(Class<R> type, RuleMeta meta) {
        this.type = type;
        this.meta = meta;
    }

    @Override
    public final RuleMeta meta() {
        return meta;
    }

    /** The violations of this rule by one resource of its type; {@code context} is bound to this rule. */
    protected abstract Stream<Violation> violations(R resource, RuleContext context);

    @Override
    public final List<Finding> check(SageMakerResource resource, RuleContext context) {
        if (!type.isInstance(resource)) return List.of();
        return violations(type.cast(resource), context.forRule(meta))
                .map(v -> toFinding(resource, v))
                .toList();
    }

    private Finding toFinding(SageMakerResource resource, Violation v) {
        RuleMeta meta = meta();
        StringBuilder message = new StringBuilder(v.fact());
        if (v.isConditional() && !v.fact().contains(v.conditionText())) {
            message.append("; unless it resolves to a secure value, ")
                    .append(meta.risk())
                    .append('.');
        } else {
            message.append(": ").append(meta.risk()).append('.');
        }
        if (meta.fix() == Fix.REPLACEMENT) {
            message.append(" Fixing it replaces the ")
                    .append(meta.subject())
                    .append(": `")
                    .append(v.path())
                    .append("` cannot be changed in place.");
        }
        if (resource.id().origin() != null) {
            return new Finding(
                    meta,
                    meta.severity(),
                    resource.id(),
                    resource.id().origin(),
                    v.path(),
                    message.toString(),
                    v.condition(),
                    List.of(v.span()));
        }
        return new Finding(meta, meta.severity(), resource.id(), v.span(), v.path(), message.toString(), v.condition());
    }
}
