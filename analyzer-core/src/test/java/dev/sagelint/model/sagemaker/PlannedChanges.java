package dev.sagelint.model.sagemaker;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Test data: changes a Terraform plan makes. A new field of {@link PlannedChange} gets its starting value here,
 * once.
 */
public final class PlannedChanges {
    private PlannedChanges() {}

    /** An in-place update of {@code after}'s resource, with no values recorded before or after. */
    public static Builder update(SageMakerResource after) {
        return new Builder(after).withActions(List.of("update"));
    }

    /** A change under construction. */
    public static final class Builder {
        private final SageMakerResource after;
        private List<String> actions = List.of();
        private String actionReason;
        private List<PlannedChange.ReplacePath> replacedBy = List.of();
        private Optional<SageMakerResource> before = Optional.empty();
        private Map<String, String> beforeValues = new LinkedHashMap<>();
        private Map<String, String> afterValues = new LinkedHashMap<>();

        private Builder(SageMakerResource after) {
            this.after = after;
        }

        public Builder withActions(List<String> value) {
            actions = value;
            return this;
        }

        public Builder withActionReason(String value) {
            actionReason = value;
            return this;
        }

        public Builder withReplacedBy(List<PlannedChange.ReplacePath> value) {
            replacedBy = value;
            return this;
        }

        public Builder withBefore(SageMakerResource value) {
            before = Optional.of(value);
            return this;
        }

        public Builder withBeforeValues(Map<String, String> value) {
            beforeValues = value;
            return this;
        }

        public Builder withAfterValues(Map<String, String> value) {
            afterValues = value;
            return this;
        }

        /** The change, with the id of the resource as planned. */
        public PlannedChange build() {
            return new PlannedChange(
                    after.id(), actions, actionReason, replacedBy, before, after, beforeValues, afterValues);
        }
    }
}
