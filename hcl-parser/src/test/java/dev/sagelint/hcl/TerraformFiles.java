package dev.sagelint.hcl;

import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.Frontend;
import dev.sagelint.engine.ScanContext;
import dev.sagelint.engine.Unit;
import dev.sagelint.engine.UnitResult;
import dev.sagelint.model.sagemaker.SageMakerResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Writes Terraform files into a folder and reads them through the front-end, as the scanner would. */
public final class TerraformFiles {

    /** What the front-end read. */
    public record Result(List<SageMakerResource> resources, List<Diagnostic> diagnostics, List<Unit> units) {
        @SuppressWarnings("unchecked")
        public <T extends SageMakerResource> T resource(String address) {
            return (T) resources.stream()
                    .filter(r -> r.id().address().equals(address))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no resource " + address + " in "
                            + resources.stream().map(r -> r.id().address()).toList()));
        }

        public List<String> addresses() {
            return resources.stream().map(r -> r.id().address()).toList();
        }
    }

    private TerraformFiles() {}

    /** Writes {@code files} (relative path to content) under {@code dir}. */
    public static void write(Path dir, Map<String, String> files) {
        files.forEach((name, text) -> {
            try {
                Path p = dir.resolve(name);
                Files.createDirectories(p.getParent());
                Files.writeString(p, text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Scans every file under {@code dir} with {@code frontend}. */
    public static Result scan(Path dir, Frontend frontend) {
        Set<Path> files = new TreeSet<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(Files::isRegularFile)
                    .map(p -> p.toAbsolutePath().normalize())
                    .forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Unit> units = frontend.claim(files);
        List<SageMakerResource> resources = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Unit u : units) {
            UnitResult r = frontend.analyze(u, new ScanContext(dir, ScanContext.Limits.defaults()));
            resources.addAll(r.resources());
            diagnostics.addAll(r.diagnostics());
        }
        return new Result(resources, diagnostics, units);
    }

    public static Result scan(Path dir, Map<String, String> files) {
        write(dir, files);
        return scan(dir, new TerraformFrontend());
    }

    /** Scans one {@code main.tf}. */
    public static Result scan(Path dir, String mainTf) {
        return scan(dir, Map.of("main.tf", mainTf));
    }
}
