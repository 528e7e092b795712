package dev.sagelint.rules.sagemaker;

import dev.sagelint.model.Prop;
import dev.sagelint.model.Violation;
import dev.sagelint.model.sagemaker.SageMakerResource;
import dev.sagelint.rules.Param;
import dev.sagelint.rules.ResourceRule;
import dev.sagelint.rules.RuleContext;
import dev.sagelint.rules.RuleMeta;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The tagging controls (SageMaker.6, .7): with the {@code requiredKeyTags} parameter every listed key must be
 * present; without it, at least one tag must be. Tags whose key starts with {@code aws:} are system tags and do
 * not count (https://docs.aws.amazon.com/config/latest/developerguide/sagemaker-image-tagged.html).
 */
abstract class TagsRule<R extends SageMakerResource> extends ResourceRule<R> {

    /** The tag keys a resource must carry: Security Hub's parameter of the same name (up to six keys there). */
    public static final Param<List<String>> REQUIRED_KEY_TAGS = Param.strings(
            "requiredKeyTags",
            List.of(),
            "the tag keys every resource must carry; when empty, any one user tag passes");

    TagsRule(Class<R> type, RuleMeta meta) {
        super(type, meta);
    }

    abstract Prop<Map<String, String>> tags(R resource);

    @Override
    protected final Stream<Violation> violations(R resource, RuleContext context) {
        List<String> required = context.get(REQUIRED_KEY_TAGS);
        Prop<Map<String, String>> tags = tags(resource);
        if (tags instanceof Prop.Known<Map<String, String>> known) {
            List<String> keys = known.value().keySet().stream()
                    .filter(k -> !k.startsWith("aws:"))
                    .toList();
            if (required.isEmpty()) {
                return keys.isEmpty()
                        ? Stream.of(new Violation(
                                tags.path(), Prop.code(tags.path()) + " has no user tags", known.span(), null))
                        : Stream.empty();
            }
            List<String> missing =
                    required.stream().filter(k -> !keys.contains(k)).toList();
            return missing.isEmpty()
                    ? Stream.empty()
                    : Stream.of(new Violation(
                            tags.path(),
                            Prop.code(tags.path()) + " lacks the required "
                                    + (missing.size() == 1 ? "key " : "keys ")
                                    + missing.stream().map(Prop::code).collect(Collectors.joining(", ")),
                            known.span(),
                            null));
        }
        Optional<Violation> v = tags.violation(m -> m == null || m.isEmpty());
        return v.stream();
    }
}
