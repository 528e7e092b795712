package dev.sagelint.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Properties;

/**
 * The tool as reports name it. The version comes from {@code dev/sagelint/version.properties}, which Maven fills
 * in when it builds analyzer-core; reporters take a {@code ToolInfo} so that tests can pin it.
 *
 * @param name           {@code sagelint}
 * @param version        the project version, e.g. {@code 0.1.0} or {@code 0.1.0-SNAPSHOT}
 * @param informationUri the project's home page
 */
public record ToolInfo(String name, String version, String informationUri) {

    public static final String NAME = "sagelint";
    public static final String INFORMATION_URI = "https://github.com/sagelint/sagelint";

    private static final String VERSION_RESOURCE = "/dev/sagelint/version.properties";

    public ToolInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(informationUri, "informationUri");
    }

    /** This build of sagelint; the version is {@code unknown} when the resource is missing (an unfiltered build). */
    public static ToolInfo current() {
        Properties properties = new Properties();
        try (InputStream in = ToolInfo.class.getResourceAsStream(VERSION_RESOURCE)) {
            if (in != null) properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String version = properties.getProperty("version", "unknown");
        if (version.startsWith("${")) version = "unknown";
        return new ToolInfo(NAME, version, INFORMATION_URI);
    }
}
