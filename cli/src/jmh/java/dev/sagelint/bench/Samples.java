package dev.sagelint.bench;

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
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The inputs of the benchmarks: the repository's samples/ folder, whose files cover every input format. The
 * benchmarks run in the cli module's folder (Maven's exec plugin), so the samples are found beside it; the system
 * property {@code sagelint.samples} names another folder.
 */
final class Samples {

    private Samples() {}

    static Path root() {
        Path root = Path.of(System.getProperty("sagelint.samples", "../samples"))
                .toAbsolutePath()
                .normalize();
        if (!Files.isDirectory(root.resolve("cloudformation"))) {
            throw new IllegalStateException(root + " is not the samples folder; set -Dsagelint.samples=DIR");
        }
        return root;
    }

    /** A sample file or folder, by its path under samples/. */
    static Path get(String relative) {
        return root().resolve(relative);
    }

    /** Every regular file under {@code dir}, absolute and normalized, in a stable order. */
    static Set<Path> files(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> p.toAbsolutePath().normalize())
                    .collect(TreeSet::new, Set::add, Set::addAll);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The installed front-end of this name, as the scanner finds it. */
    static Frontend frontend(String name) {
        for (Frontend frontend : ServiceLoader.load(Frontend.class)) {
            if (frontend.name().equals(name)) return frontend;
        }
        throw new IllegalStateException("no installed front-end named " + name);
    }

    /** The units {@code frontend} claims among the files under {@code dir}; at least one. */
    static List<Unit> units(Frontend frontend, Path dir) {
        List<Unit> units = frontend.claim(files(dir));
        if (units.isEmpty()) throw new IllegalStateException(frontend.name() + " claims nothing under " + dir);
        return units;
    }

    static ScanContext context() {
        return new ScanContext(root(), ScanContext.Limits.defaults());
    }

    /** The resources of every sample, as the front-ends build them (each file read by the first that claims it). */
    static List<SageMakerResource> resources() {
        List<SageMakerResource> resources = new ArrayList<>();
        ScanContext context = context();
        List<Frontend> frontends = new ArrayList<>();
        ServiceLoader.load(Frontend.class).forEach(frontends::add);
        frontends.sort(java.util.Comparator.comparingInt(Frontend::priority));
        Set<Path> unclaimed = files(root());
        for (Frontend frontend : frontends) {
            for (Unit unit : frontend.claim(Set.copyOf(unclaimed))) {
                unclaimed.removeAll(unit.files());
                UnitResult result = frontend.analyze(unit, context);
                resources.addAll(result.resources());
            }
        }
        if (resources.isEmpty()) throw new IllegalStateException("the samples hold no SageMaker resource");
        return resources;
    }
}
