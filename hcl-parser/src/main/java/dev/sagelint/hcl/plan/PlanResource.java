package dev.sagelint.hcl.plan;

import dev.sagelint.model.Span;
import java.util.List;

/**
 * One SageMaker resource instance as a plan or state describes it.
 *
 * @param address       the full address ({@code module.ml.aws_sagemaker_model.this["a"]})
 * @param moduleAddress the module instance ({@code module.ml}), empty for the root module
 * @param type          the resource type
 * @param name          the resource name
 * @param span          the resource's object in the plan (in {@code resource_changes} when it has a change)
 * @param after         the values as planned ({@code change.after}, or {@code values}); null when none
 * @param afterUnknown  {@code change.after_unknown}: the same shape as {@code after}, {@code true} where a value is
 *                      known only after apply; null when the plan does not say
 * @param before        {@code change.before}, else the resource in {@code prior_state}; null when none
 * @param actions       {@code change.actions}; empty for a resource read from {@code planned_values} or a state
 * @param actionReason  {@code action_reason}, or null
 * @param replacePaths  {@code change.replace_paths}: an array of paths, each an array of names and indices; or null
 */
record PlanResource(
        String address,
        String moduleAddress,
        String type,
        String name,
        Span span,
        Node after,
        Node afterUnknown,
        Node before,
        List<String> actions,
        String actionReason,
        Node replacePaths) {

    PlanResource {
        actions = List.copyOf(actions);
    }

    /** Whether the plan only deletes the resource: nothing of it remains to check. */
    boolean isDeleted() {
        return actions.equals(List.of("delete"));
    }

    /** Whether the plan updates it in place or replaces it, in either order. */
    boolean isChanged() {
        return actions.contains("update") || (actions.contains("delete") && actions.contains("create"));
    }

    PlanResource withBefore(Node prior) {
        return new PlanResource(
                address,
                moduleAddress,
                type,
                name,
                span,
                after,
                afterUnknown,
                prior,
                actions,
                actionReason,
                replacePaths);
    }
}
