package dev.sagelint.model.sagemaker;

import dev.sagelint.model.ResourceId;
import dev.sagelint.model.Span;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a Terraform plan does to a SageMaker resource: creates it, leaves it as it is, updates it in place or
 * replaces it (https://developer.hashicorp.com/terraform/internals/json-format, "Change Representation"). Only plans
 * produce it; the resource as planned is also in the scan as its own record, so the ordinary rules check it. This
 * record lets rules compare before with after without reading JSON (updates and replacements carry both), and tells
 * {@code sagelint fix} which resources exist already, so that a fix of a create-only property replaces them.
 *
 * @param id           the resource: its plan address and where it is declared
 * @param actions      the plan's actions, in order: {@code ["create"]}, {@code ["no-op"]}, {@code ["update"]},
 *                     {@code ["delete","create"]} or {@code ["create","delete"]}
 * @param actionReason the plan's {@code action_reason} ({@code replace_because_cannot_update}), or {@code null}
 * @param replacedBy   the properties whose change forces the replacement ({@code replace_paths}), each where it is
 *                     written; empty for an update, or a replacement the user asked for
 * @param before       the resource as it is now, mapped onto the model; empty when the plan does not say
 * @param after        the resource as planned, mapped onto the model
 * @param beforeValues the scalar values before the change, by {@linkplain #canonical(String) canonical} property path
 * @param afterValues  the scalar values after the change that are known, by canonical property path
 */
public record PlannedChange(
        ResourceId id,
        List<String> actions,
        String actionReason,
        List<ReplacePath> replacedBy,
        Optional<SageMakerResource> before,
        SageMakerResource after,
        Map<String, String> beforeValues,
        Map<String, String> afterValues)
        implements SageMakerResource {

    /**
     * One property that forces a replacement.
     *
     * @param path the property path in Terraform's spelling, block indices left out ({@code kms_key_id},
     *             {@code network_config.enable_network_isolation})
     * @param span where the property is written: the attribute in the {@code .tf} file, else its value in the plan
     */
    public record ReplacePath(String path, Span span) {
        public ReplacePath {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(span, "span");
        }
    }

    public PlannedChange {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(after, "after");
        actions = List.copyOf(actions);
        replacedBy = List.copyOf(replacedBy);
        before = before == null ? Optional.empty() : before;
        beforeValues = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(beforeValues));
        afterValues = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(afterValues));
    }

    /** Whether the plan deletes the resource and creates it again, in either order. */
    public boolean isReplacement() {
        return actions.contains("delete") && actions.contains("create");
    }

    /** Whether the resource exists before the plan is applied: the plan does not create it. */
    public boolean existsBefore() {
        return !actions.equals(List.of("create"));
    }

    /** Whether the plan updates the resource in place. */
    public boolean isUpdate() {
        return actions.equals(List.of("update"));
    }

    /** Whether the new resource is created before the old one is deleted ({@code create_before_destroy}). */
    public boolean createsBeforeDeleting() {
        return actions.equals(List.of("create", "delete"));
    }

    /** The value before the change of a property, by the path a rule reports ({@code production_variants[0].x}). */
    public Optional<String> beforeValue(String propertyPath) {
        return Optional.ofNullable(beforeValues.get(canonical(propertyPath)));
    }

    /** The known value after the change of a property, by the path a rule reports. */
    public Optional<String> afterValue(String propertyPath) {
        return Optional.ofNullable(afterValues.get(canonical(propertyPath)));
    }

    /**
     * A property path with the index of the first (often the only) element of a list left out, so that a block
     * written once reads the same in every spelling: {@code network_config[0].enable_network_isolation} and
     * {@code network_config.enable_network_isolation} are one path; {@code production_variants[1].x} stays as is.
     */
    public static String canonical(String propertyPath) {
        return propertyPath.replace("[0]", "");
    }
}
