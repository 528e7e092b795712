package dev.sagelint.engine;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An option that a front-end understands, declared through {@link Frontend#options()}: the command line and the
 * Maven plugin pass it by name in {@link FrontendOptions}, and the engine checks every given option against these
 * declarations before a scan, so that neither shell needs to know which front-end reads it.
 *
 * <p>Two front-ends may declare the same option (both Terraform front-ends read {@code tf-var-file}); they must
 * then declare it with the same kind.
 *
 * @param name        the stable name, lower case with hyphens ({@code tf-var-file}); the command line offers it as
 *                    {@code --frontend-option NAME=VALUE}
 * @param kind        what a value is and how often it may be given
 * @param description one sentence for help texts and documentation
 */
public record FrontendOption(String name, Kind kind, String description) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /** What the values of an option are. Relative paths are resolved against {@link FrontendOptions#base()}. */
    public enum Kind {
        /** Files that must exist; the option may be given several times, and the order is kept. */
        FILES,
        /**
         * One folder that must exist and that the scan reads as well, as if it were given as a path to scan
         * (the Terraform root module a plan was made from).
         */
        INPUT_FOLDER
    }

    public FrontendOption {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("front-end option name '" + name + "' is not lower case with hyphens");
        }
    }

    /** An option of existing files, repeatable. */
    public static FrontendOption files(String name, String description) {
        return new FrontendOption(name, Kind.FILES, description);
    }

    /** An option of one existing folder that is scanned too. */
    public static FrontendOption inputFolder(String name, String description) {
        return new FrontendOption(name, Kind.INPUT_FOLDER, description);
    }
}
