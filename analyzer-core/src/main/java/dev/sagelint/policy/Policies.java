package dev.sagelint.policy;

import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.DiagnosticCode;
import dev.sagelint.rules.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The entry point for custom policies: finds policy files, reads them, checks their ids, and compiles them into
 * rules. Without policy files it returns at once and loads nothing of CEL.
 */
public final class Policies {

    /** The folder, beside the configuration file (or in the scan root), whose {@code *.yaml} files are policies. */
    public static final String FOLDER = ".sagelint/policies";

    /**
     * The rules a project's policies make, and what was wrong with them.
     *
     * @param rules       one rule per valid policy, in file order
     * @param diagnostics {@code policy-error} diagnostics; when any, the scan should not run
     */
    public record Loaded(List<Rule> rules, List<Diagnostic> diagnostics) {
        public Loaded {
            rules = List.copyOf(rules);
            diagnostics = List.copyOf(diagnostics);
        }

        public static Loaded none() {
            return new Loaded(List.of(), List.of());
        }

        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    private Policies() {}

    /**
     * The policy files of a project: {@code .sagelint/policies/*.yaml} (and {@code *.yml}) in {@code folder}, sorted
     * by name, then {@code listed} (files or folders, as the configuration names them), each once.
     */
    public static List<Path> files(Path folder, List<Path> listed) {
        Set<Path> out = new LinkedHashSet<>();
        if (folder != null) out.addAll(yamlFiles(folder.resolve(FOLDER)));
        for (Path p : listed) {
            if (Files.isDirectory(p)) out.addAll(yamlFiles(p));
            else out.add(p.normalize());
        }
        return List.copyOf(out);
    }

    private static List<Path> yamlFiles(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> {
                        String n = p.getFileName().toString();
                        return (n.endsWith(".yaml") || n.endsWith(".yml")) && Files.isRegularFile(p);
                    })
                    .map(Path::normalize)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * Reads and compiles the policies of these files.
     *
     * @param files       policy files ({@link #files})
     * @param builtInRules the rules of the catalog, whose ids a policy may not take
     */
    public static Loaded load(List<Path> files, Collection<Rule> builtInRules) {
        if (files.isEmpty()) return Loaded.none();
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<PolicyDefinition> definitions = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                diagnostics.add(
                        Diagnostic.error(DiagnosticCode.POLICY_ERROR, "the policy file does not exist", file, 0, 0));
                continue;
            }
            PolicyFiles.Read read = PolicyFiles.read(file);
            diagnostics.addAll(read.diagnostics());
            definitions.addAll(read.policies());
        }
        Map<String, String> taken = new HashMap<>();
        builtInRules.forEach(r -> taken.put(
                r.meta().id().toLowerCase(Locale.ROOT),
                "the built-in rule " + r.meta().id()));
        List<PolicyDefinition> unique = new ArrayList<>();
        for (PolicyDefinition d : definitions) {
            String key = d.id().toLowerCase(Locale.ROOT);
            String owner = taken.get(key);
            if (owner != null) {
                diagnostics.add(Diagnostic.error(
                        DiagnosticCode.POLICY_ERROR,
                        "policy id '" + d.id() + "' is taken by " + owner + "; choose another id",
                        d.file(),
                        d.line(),
                        1));
                continue;
            }
            taken.put(key, "the policy at " + d.file() + ":" + d.line());
            unique.add(d);
        }
        if (unique.isEmpty()) return new Loaded(List.of(), diagnostics);
        PolicyCompiler.Compiled compiled = compiler().compile(unique);
        diagnostics.addAll(compiled.diagnostics());
        return new Loaded(compiled.rules(), diagnostics);
    }

    private static PolicyCompiler compiler() {
        return ServiceLoader.load(PolicyCompiler.class, Policies.class.getClassLoader())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no policy compiler on the class path"));
    }
}
