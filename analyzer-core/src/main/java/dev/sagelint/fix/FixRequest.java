package dev.sagelint.fix;

import dev.sagelint.rules.Finding;
import java.nio.file.Path;
import java.util.Objects;

/**
 * "Set the property of this finding to this value": what the engine asks a {@link SourceEditor} for. The property
 * is {@link Finding#propertyPath()}, in the source's own spelling ({@code NetworkConfig.EnableNetworkIsolation},
 * {@code network_config.enable_network_isolation}, with list indices such as {@code Containers[1]}); the place is
 * {@link Finding#location()}: the value where it is written (in the resource, a parameter or variable default, a
 * tfvars entry), else the declaration of the resource or of the block that lacks the property.
 *
 * @param finding the finding to fix
 * @param value   the secure value: a {@link String}, {@link Boolean} or {@link Integer}
 */
public record FixRequest(Finding finding, Object value) {
    public FixRequest {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(value, "value");
    }

    /** The file the edit goes to: the one the finding points at. */
    public Path file() {
        return finding.location().file();
    }

    /** The property path split at dots. */
    public String[] segments() {
        return finding.propertyPath().split("\\.");
    }
}
