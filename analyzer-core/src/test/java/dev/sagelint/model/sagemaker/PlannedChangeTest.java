package dev.sagelint.model.sagemaker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.model.Prop;
import dev.sagelint.model.ResourceId;
import dev.sagelint.model.Span;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlannedChangeTest {

    private static final Span AT = Span.at(Path.of("plan.json"), 3, 5);

    private static PlannedChange change(List<String> actions, Map<String, String> before) {
        ResourceId id = ResourceId.of("aws_sagemaker_domain.d", "aws_sagemaker_domain", AT);
        Domain domain = SmallResources.domain(id, Prop.known("app_network_access_type", "PublicInternetOnly", AT));
        return PlannedChanges.update(domain)
                .withActions(actions)
                .withBeforeValues(before)
                .build();
    }

    @Test
    void firstListIndexIsLeftOutSoThatEverySpellingOfABlockReadsTheSame() {
        assertThat(PlannedChange.canonical("network_config[0].enable_network_isolation"))
                .isEqualTo(PlannedChange.canonical("network_config.enable_network_isolation"));
        assertThat(PlannedChange.canonical("production_variants[1].initial_instance_count"))
                .isEqualTo("production_variants[1].initial_instance_count");
        PlannedChange c = change(List.of("update"), Map.of("network_config.enable_network_isolation", "true"));
        assertThat(c.beforeValue("network_config[0].enable_network_isolation")).contains("true");
    }

    @Test
    void actionsTellUpdatesFromReplacementsInEitherOrder() {
        assertThat(change(List.of("update"), Map.of()).isUpdate()).isTrue();
        assertThat(change(List.of("delete", "create"), Map.of()).isReplacement())
                .isTrue();
        assertThat(change(List.of("create", "delete"), Map.of()).createsBeforeDeleting())
                .isTrue();
        assertThat(change(List.of("delete", "create"), Map.of()).createsBeforeDeleting())
                .isFalse();
        assertThat(change(List.of("update"), Map.of()).isReplacement()).isFalse();
    }
}
