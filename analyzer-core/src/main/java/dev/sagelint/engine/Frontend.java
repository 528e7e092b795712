package dev.sagelint.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * A reader of one family of inputs (CloudFormation, Terraform, ...), found through {@link java.util.ServiceLoader}.
 *
 * <p>Discovery hands every front-end, in {@link #priority()} order, the files that no earlier front-end claimed;
 * each groups the files it reads into {@link Unit units} (a template, a CDK cloud assembly, a Terraform module).
 * The engine then analyzes the units in parallel. A front-end never throws on bad input: it reports diagnostics.
 */
public interface Frontend {

    /** A short stable name, such as {@code cloudformation}. */
    String name();

    /**
     * The options this front-end understands ({@code tf-var-file}, say), for the engine to check the options of a
     * scan against and for help texts. None by default.
     */
    default List<FrontendOption> options() {
        return List.of();
    }

    /**
     * This front-end with the options of a scan applied, before it is offered any file; it reads the options it
     * declared in {@link #options()} and ignores the others, which belong to other front-ends. The engine has
     * checked the options against every front-end's declarations. By default the front-end takes none and is
     * returned as it is.
     */
    default Frontend configure(FrontendOptions options) {
        return this;
    }

    /** Lower values are offered files first (a CDK assembly claims its templates before plain CloudFormation). */
    default int priority() {
        return 100;
    }

    /**
     * Whether this front-end reads {@code file} as a stream, without holding it in memory; the engine's file size
     * limit does not apply to such a file (a Terraform plan can be several hundred MB).
     */
    default boolean streams(Path file) {
        return false;
    }

    /**
     * Whether this front-end may read {@code file}, judged by its name alone: the file is not opened. The engine
     * checks every file's size before anything reads it, and reports a file over the size limit that some
     * front-end may read ({@code file-too-large}) while it leaves other large files, which no front-end would
     * read, alone. True by default, so that a front-end that does not say never loses a file silently.
     */
    default boolean mayRead(Path file) {
        return true;
    }

    /**
     * Groups the files this front-end reads into units. Only cheap checks here (names, a sniff of the first bytes,
     * a bounded read); the files of the returned units are not offered to later front-ends. The engine offers no
     * file over the size limit unless this or another front-end {@link #streams streams} it.
     *
     * <p>When the user names files rather than folders (a pre-commit hook passes the staged files), only those are
     * offered. A front-end whose unit is a folder (a Terraform module) may still read the named file's siblings for
     * context, listing them in {@link Unit#files()}; the engine reports only the findings located in, or about
     * resources declared in, the named files ({@link ScanRequest#scope()}).
     *
     * @param files the candidate files, absolute and normalized, in a stable order
     */
    List<Unit> claim(Set<Path> files);

    /**
     * The editors that write fixes into the syntax this front-end reads ({@code sagelint fix}, SARIF {@code fixes});
     * none by default.
     */
    default List<dev.sagelint.fix.SourceEditor> editors() {
        return List.of();
    }

    /** Reads one unit into resources and diagnostics. Must not throw on any input. */
    UnitResult analyze(Unit unit, ScanContext context);
}
