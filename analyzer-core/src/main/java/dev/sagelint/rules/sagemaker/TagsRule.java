package dev.sagelint.rules.sagemaker;

import dev.sagelint.model.Prop;
import dev.sagelint.model.Violation;
import dev.sagelint.model.sagemaker.SageMakerResource;
import dev.sagelint.rules.Fix;
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

    /**
     * The metadata every tagging rule shares (the property, the risk, the in-place fix, the remediations and the
     * {@link #REQUIRED_KEY_TAGS} parameter); the rule adds its title, severity, sources, subject, resource types and
     * documentation link.
     *
     * @param terraformType the hashicorp/aws resource type named in the Terraform remediation
     * @param cdkClass      the L1 construct named in the CDK remediation, e.g. {@code CfnImage}
     */
    static RuleMeta.Builder tagsMeta(String id, String terraformType, String cdkClass) {
        return RuleMeta.builder(id)
                .properties("Tags")
                .terraformProperties("tags")
                .propertyNote("`tags_all` in a Terraform plan")
                .risk("untagged resources cannot be attributed to an owner or cost centre, nor governed by tag-based "
                        + "access control")
                .fix(Fix.IN_PLACE, "Tags can be changed in place.")
                .valueNeeded("the tags your organization requires")
                .cloudFormationRemediation(
                        "Add `Tags: [{Key: team, Value: ml-platform}]` with every key your organisation requires.")
                .terraformRemediation("Set `tags = { team = \"ml-platform\" }` on `" + terraformType
                        + "`, or `default_tags` on the provider.")
                .cdkRemediation("Pass `tags: [{ key: 'team', value: 'ml-platform' }]` to `new sagemaker." + cdkClass
                        + "(...)`, or use `Tags.of(scope).add(...)`.")
                .params(REQUIRED_KEY_TAGS);
    }

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
