package dev.sagelint.rules;

import dev.sagelint.model.Span;
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

    /**
     * Whether fixing this resource replaces it, for the message; by default what the metadata declares. A rule
     * whose resources differ (a job resource is replaced, the workflow that starts jobs updates in place) says so
     * per resource.
     */
    protected boolean fixReplaces(R resource) {
        return meta.fix() == Fix.REPLACEMENT;
    }

    @Override
    public final List<Finding> check(SageMakerResource resource, RuleContext context) {
        if (!type.isInstance(resource)) return List.of();
        return violations(type.cast(resource), context.forRule(meta))
                .map(v -> toFinding(resource, v))
                .toList();
    }

    private Finding toFinding(SageMakerResource resource, Violation v) {
        RuleMeta meta = meta();
        Finding.Text text = new Message(
                meta, v, fixReplaces(type.cast(resource)), resource.id().note());
        if (resource.id().origin() != null) {
            return new Finding(
                    meta,
                    meta.severity(),
                    resource.id(),
                    resource.id().origin(),
                    v.path(),
                    text,
                    v.condition(),
                    List.of(v.span()));
        }
        List<Span> related = related(v.span(), resource.id().declaration());
        return new Finding(meta, meta.severity(), resource.id(), v.span(), v.path(), text, v.condition(), related);
    }

    /**
     * The message of a finding, kept as its parts until a report asks for it: the fact, the risk, whether the fix
     * replaces the resource, and the resource's note.
     */
    private record Message(RuleMeta meta, Violation v, boolean replaces, String note) implements Finding.Text {
        @Override
        public String render() {
            StringBuilder message = new StringBuilder(v.fact());
            if (v.isConditional() && !v.fact().contains(v.conditionText())) {
                message.append("; unless it resolves to a secure value, ")
                        .append(meta.risk())
                        .append('.');
            } else {
                message.append(": ").append(meta.risk()).append('.');
            }
            if (replaces) {
                message.append(" Fixing it replaces the ")
                        .append(meta.subject())
                        .append(": `")
                        .append(v.path())
                        .append("` cannot be changed in place.");
            }
            if (note != null) message.append(' ').append(note);
            return message.toString();
        }
    }

    /**
     * The locations a finding names besides the value it points at (SARIF {@code relatedLocations}): the resource's
     * declaration when the value is written elsewhere (another file, or above the declaration). A rule that always names the
     * declaration (a custom policy) overrides this.
     */
    protected List<Span> related(Span value, Span declaration) {
        return isElsewhere(value, declaration) ? List.of(declaration) : List.of();
    }

    /**
     * Whether the deciding value is written away from the resource: in another file (a Terraform variable default
     * in variables.tf, a tfvars file, a module call, the parent of a nested stack) or above its declaration in the
     * same file (a CloudFormation parameter, a variable declared first). The finding then names the declaration
     * too, so that both places are in the report.
     */
    private static boolean isElsewhere(Span value, Span declaration) {
        if (value.equals(declaration)) return false;
        if (!value.file().equals(declaration.file())) return true;
        return value.line() < declaration.line();
    }
}
