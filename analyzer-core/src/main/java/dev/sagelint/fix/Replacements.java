package dev.sagelint.fix;

import dev.sagelint.model.ResourceId;
import dev.sagelint.model.Span;
import dev.sagelint.model.sagemaker.PlannedChange;
import dev.sagelint.model.sagemaker.SageMakerResource;
import dev.sagelint.rules.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which resources a fix of a create-only property replaces. A fix is written at one place (an attribute, a block, a
 * variable default, a CDK app line), and every finding of the same rule at that place is fixed by it: the resources
 * of those findings are the ones it changes (the instances of a {@code count} or {@code for_each} block, the
 * resources that read one parameter default, the constructs one app line creates).
 *
 * <p>When the scan read a Terraform plan, the plan says which of them exist now ({@link PlannedChange}): applying the
 * fix replaces those, while a resource the plan creates is not replaced, since it does not exist yet. For a CDK
 * assembly, each resource is named by its construct path, logical ID and stack.
 */
public final class Replacements {

    private final Map<String, Set<ResourceId>> byPlace = new HashMap<>();
    private final Map<ResourceId, PlannedChange> planned = new HashMap<>();

    /**
     * @param proposals every proposal of the scan
     * @param resources every resource the scan read, where the {@link PlannedChange}s of plans are
     */
    public Replacements(List<ProposedFix> proposals, List<SageMakerResource> resources) {
        for (ProposedFix p : proposals) {
            if (p.replacesResource() && (p.kind() == ProposedFix.Kind.EDIT || p.kind() == ProposedFix.Kind.ADVICE)) {
                byPlace.computeIfAbsent(place(p.finding()), k -> new LinkedHashSet<>())
                        .add(p.finding().resource());
            }
        }
        for (SageMakerResource r : resources) {
            if (r instanceof PlannedChange change) planned.putIfAbsent(change.id(), change);
        }
    }

    /** What the fix replaces when applied and deployed. */
    public record Outcome(List<ResourceId> replaced, List<ResourceId> created, boolean fromPlan, ProposedFix fix) {

        public Outcome {
            replaced = List.copyOf(replaced);
            created = List.copyOf(created);
        }

        /** Whether applying the fix replaces a resource that exists (or may exist, without a plan to say). */
        public boolean replacesAny() {
            return !replaced.isEmpty();
        }

        /**
         * The sentence for the diff header and the list: per resource, that applying the fix replaces it and what
         * is lost; with a plan, which resources exist now and which the plan creates.
         */
        public String describe() {
            Finding f = fix.finding();
            String subject = f.rule().subject();
            StringBuilder text = new StringBuilder();
            if (!replaced.isEmpty()) {
                text.append(
                                fromPlan
                                        ? "Per the Terraform plan, applying it REPLACES the "
                                        : "Applying it REPLACES the ")
                        .append(subject)
                        .append(' ')
                        .append(names(replaced))
                        .append(fromPlan ? (replaced.size() == 1 ? ", which exists now" : ", which exist now") : "")
                        .append(": ")
                        .append(f.rule().fixNote());
            }
            if (!created.isEmpty()) {
                if (text.length() > 0) text.append(' ');
                text.append(names(created))
                        .append(created.size() == 1 ? " is" : " are")
                        .append(" created by the plan, so the fix replaces nothing of ")
                        .append(created.size() == 1 ? "it." : "them.");
            }
            return text.toString();
        }

        private static String names(List<ResourceId> ids) {
            List<String> names = ids.stream().map(Replacements::name).toList();
            if (names.size() == 1) return names.get(0);
            return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        }
    }

    /** What applying {@code fix} replaces; {@code null} when the rule's fix updates the resource in place. */
    public Outcome of(ProposedFix fix) {
        if (!fix.replacesResource()) return null;
        Set<ResourceId> resources =
                byPlace.getOrDefault(place(fix.finding()), Set.of(fix.finding().resource()));
        List<ResourceId> replaced = new ArrayList<>();
        List<ResourceId> created = new ArrayList<>();
        boolean fromPlan = false;
        for (ResourceId id : resources) {
            PlannedChange change = planned.get(id);
            fromPlan |= change != null;
            if (change != null && !change.existsBefore()) created.add(id);
            else replaced.add(id);
        }
        return new Outcome(replaced, created, fromPlan, fix);
    }

    /**
     * The resource as a person looks it up: its address; for a CDK resource its construct path, with the logical
     * ID and stack of the synthesized template.
     */
    static String name(ResourceId id) {
        if (id.constructPath() == null) return "`" + id.address() + "`";
        return "`" + id.constructPath() + "` (logical ID `" + id.address() + "`"
                + (id.stack() == null ? "" : " in stack `" + id.stack() + "`") + ")";
    }

    /** The rule and the place where its fix is written. */
    private static String place(Finding f) {
        Span s = f.location();
        return f.rule().id() + "@" + s.file() + ":" + s.line() + ":" + s.column();
    }
}
