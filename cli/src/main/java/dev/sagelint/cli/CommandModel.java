package dev.sagelint.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Reading the values of options that are built with picocli's programmatic API ({@code OptionSpec.builder}) instead
 * of annotations: such an option keeps its value itself, {@code null} until the command line gives one. The root
 * command and {@code scan}, with the options {@code scan} shares with {@code fix} and {@code baseline create}, are
 * built this way, because picocli reads annotations by reflection, which cost more start-up time than the rest of
 * a one-file scan.
 */
final class CommandModel {

    private CommandModel() {}

    /** A repeatable option's or a variadic parameter's values, in the order given; empty when not given. */
    static <T> List<T> list(ArgSpec arg) {
        List<T> values = arg.getValue();
        return values == null ? List.of() : values;
    }

    /** Whether a flag was given. */
    static boolean flag(ArgSpec arg) {
        Boolean value = arg.getValue();
        return value != null && value;
    }

    /** The exit code list of a command's help, from code, description, code, description, ... */
    static Map<String, String> exitCodes(String... codesAndDescriptions) {
        Map<String, String> codes = new LinkedHashMap<>();
        for (int i = 0; i < codesAndDescriptions.length; i += 2) {
            codes.put(codesAndDescriptions[i], codesAndDescriptions[i + 1]);
        }
        return codes;
    }

    /**
     * Adds {@code -h, --help} and {@code -V, --version} as picocli's {@code mixinStandardHelpOptions} adds them,
     * without the reflection on picocli's own annotated mixin that it costs. The commands declared with annotations
     * ask for them with {@code mixinStandardHelpOptions = true}.
     */
    static void addStandardHelpOptions(CommandSpec command) {
        command.addOption(OptionSpec.builder("-h", "--help")
                .usageHelp(true)
                .descriptionKey("mixinStandardHelpOptions.help")
                .description("Show this help message and exit.")
                .build());
        command.addOption(OptionSpec.builder("-V", "--version")
                .versionHelp(true)
                .descriptionKey("mixinStandardHelpOptions.version")
                .description("Print version information and exit.")
                .build());
    }

    /** A flag (an option without a value) with this name and description. */
    static OptionSpec flag(String name, String description) {
        return OptionSpec.builder(name)
                .type(boolean.class)
                .description(description)
                .build();
    }
}
