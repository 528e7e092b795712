package dev.sagelint.engine;

import dev.sagelint.config.Suggestions;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The front-end options of one scan, by name, as the user gave them ({@code --tf-var-file}, the Maven plugin's
 * {@code tfVarFiles}, {@code --frontend-option NAME=VALUE}). The shells only collect them; the engine checks them
 * against what the front-ends declare ({@link #check}) and hands them to every front-end
 * ({@link Frontend#configure}).
 *
 * @param values the values of each option in the order given; a name that is not given has no entry
 * @param base   the folder relative paths are resolved against, or {@code null} for the working directory
 */
public record FrontendOptions(Map<String, List<String>> values, Path base) {

    private static final FrontendOptions NONE = new FrontendOptions(Map.of(), null);

    /** A problem with one given option, as {@link #check} finds it. */
    public record Problem(String option, String message) {
        /** {@code label} (how the shell spells the option) followed by the message. */
        public String describe(String label) {
            return label + " " + message;
        }
    }

    public FrontendOptions {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        values.forEach((name, list) -> copy.put(Objects.requireNonNull(name, "name"), List.copyOf(list)));
        values = Collections.unmodifiableMap(copy);
    }

    /** No options. */
    public static FrontendOptions none() {
        return NONE;
    }

    /** These options with {@code value} added to the values of {@code name}. */
    public FrontendOptions with(String name, String value) {
        Map<String, List<String>> copy = new LinkedHashMap<>(values);
        List<String> list = new ArrayList<>(copy.getOrDefault(name, List.of()));
        list.add(Objects.requireNonNull(value, "value"));
        copy.put(name, list);
        return new FrontendOptions(copy, base);
    }

    /** These options with a path value; the path is kept as written, and resolved against {@link #base()}. */
    public FrontendOptions with(String name, Path value) {
        return with(name, value.toString());
    }

    /** These options with relative paths resolved against {@code folder}. */
    public FrontendOptions relativeTo(Path folder) {
        return new FrontendOptions(values, folder);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The values of {@code name} as absolute, normalized paths; empty when it is not given. */
    public List<Path> paths(String name) {
        return values.getOrDefault(name, List.of()).stream().map(this::resolve).toList();
    }

    /** The single path value of {@code name}, if given. */
    public Optional<Path> path(String name) {
        List<Path> paths = paths(name);
        return paths.isEmpty() ? Optional.empty() : Optional.of(paths.get(paths.size() - 1));
    }

    /** The folders that options of kind {@link FrontendOption.Kind#INPUT_FOLDER} name, which the scan reads too. */
    public List<Path> inputFolders(Collection<FrontendOption> declared) {
        List<Path> out = new ArrayList<>();
        for (FrontendOption option : declared) {
            if (option.kind() == FrontendOption.Kind.INPUT_FOLDER) out.addAll(paths(option.name()));
        }
        return out;
    }

    /**
     * What is wrong with these options given the ones the front-ends declare: an unknown name, a file that is not
     * there, a folder given twice. Empty when every option is fine.
     */
    public List<Problem> check(Collection<FrontendOption> declared) {
        Map<String, FrontendOption> byName = new LinkedHashMap<>();
        declared.forEach(o -> byName.put(o.name(), o));
        List<String> known = byName.keySet().stream().sorted().toList();
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, List<String>> given : values.entrySet()) {
            String name = given.getKey();
            FrontendOption option = byName.get(name);
            if (option == null) {
                String hint = Suggestions.closest(name, known)
                        .map(c -> "; did you mean " + c + "?")
                        .orElse("");
                problems.add(new Problem(
                        name,
                        "is not an option of any installed front-end" + hint
                                + (known.isEmpty()
                                        ? " (they take none)"
                                        : " (front-end options: " + String.join(", ", known) + ")")));
                continue;
            }
            List<String> list = given.getValue();
            if (list.stream().anyMatch(String::isBlank)) {
                problems.add(new Problem(name, "is given without a value"));
                continue;
            }
            switch (option.kind()) {
                case FILES ->
                    list.stream()
                            .filter(v -> !isFile(v))
                            .forEach(v -> problems.add(new Problem(name, v + " is not a file")));
                case INPUT_FOLDER -> {
                    if (list.size() > 1) {
                        problems.add(new Problem(name, "is given " + list.size() + " times; give one folder"));
                    }
                    list.stream()
                            .filter(v -> !isFolder(v))
                            .forEach(v -> problems.add(new Problem(name, v + " is not a folder")));
                }
            }
        }
        return problems;
    }

    private boolean isFile(String value) {
        try {
            return Files.isRegularFile(resolve(value));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private boolean isFolder(String value) {
        try {
            return Files.isDirectory(resolve(value));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private Path resolve(String value) {
        Path path = Path.of(value);
        return (base == null ? path : base.resolve(path)).toAbsolutePath().normalize();
    }
}
