package dev.sagelint.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads units and checks their resources on worker threads, one pass per unit: size check, read, parse, adapt and
 * rules happen on the same worker, and only the unit's findings and diagnostics come back. At most a few units per
 * worker are queued at once. Results are handed to a {@link Sink} in unit order as they are done, and not kept, so
 * the scan's output does not depend on the number of workers or on which unit finishes first, and its memory does
 * not grow with the number of units.
 *
 * <p>No failure on one unit costs another unit its findings: an exception or a {@link StackOverflowError} becomes
 * a diagnostic for that unit. An {@link OutOfMemoryError} may strike a unit that only shared the heap with the one
 * that exhausted it, so every unit that ran out of memory is read once more, alone, after the others; a unit that
 * runs out of memory alone gets an {@code out-of-memory} diagnostic.
 */
final class UnitPipeline {

    private static final long STACK_BYTES = 16L * 1024 * 1024;
    /** Units queued per worker: enough that a slow unit does not leave the other workers idle. */
    private static final int QUEUED_PER_WORKER = 8;

    private final ScanContext context;
    private final Checker checker;
    private final int workers;

    UnitPipeline(ScanContext context, Checker checker, int workers) {
        this.context = context;
        this.checker = checker;
        this.workers = Math.max(1, workers);
    }

    /** Receives the outcome of each unit, on the thread that called {@link #run}. */
    interface Sink {
        /** The outcome of {@code units.get(index)}; the pipeline keeps no reference to it. */
        void accept(int index, Checked checked);
    }

    /**
     * Hands the outcome of each unit to {@code sink} as soon as it and every unit before it are done, in the order
     * of {@code units}; a unit that ran out of memory beside others is handed over after the rest, once read again
     * alone. Nothing of a unit is kept once it is handed over.
     */
    void run(List<Unit> units, Sink sink) {
        if (units.isEmpty()) return;
        BitSet delivered = new BitSet(units.size());
        BitSet outOfMemory = new BitSet(units.size());
        Sink tracking = (i, checked) -> {
            delivered.set(i);
            sink.accept(i, checked);
        };
        // Even one worker is a thread of the pool, so that every unit gets the same stack whatever the count.
        int threads = Math.min(units.size(), workers);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(null, r, "sagelint-worker", STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<Checked>> queued = new ArrayDeque<>();
            int next = 0;
            for (int i = 0; i < units.size(); i++) {
                while (next < units.size() && queued.size() < threads * QUEUED_PER_WORKER) {
                    Unit unit = units.get(next++);
                    queued.add(pool.submit(() -> process(unit)));
                }
                if (!collect(queued.poll(), units, i, tracking, delivered, outOfMemory)) return;
            }
            for (int i = outOfMemory.nextSetBit(0); i >= 0; i = outOfMemory.nextSetBit(i + 1)) {
                Unit unit = units.get(i);
                outOfMemory.clear(i);
                if (!collect(pool.submit(() -> process(unit)), units, i, tracking, delivered, outOfMemory)) break;
                if (outOfMemory.get(i)) tracking.accept(i, Checked.unread(outOfMemory(unit)));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Waits for the outcome of unit {@code i} and hands it over, or marks the unit as out of memory; false when the
     * scan was interrupted, after handing over every unit not yet handed over as not analyzed.
     */
    private static boolean collect(
            Future<Checked> future, List<Unit> units, int i, Sink sink, BitSet delivered, BitSet outOfMemory) {
        try {
            sink.accept(i, future.get());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof OutOfMemoryError) {
                outOfMemory.set(i);
            } else {
                sink.accept(i, Checked.unread(internalError(units.get(i), e.getCause())));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            for (int j = 0; j < units.size(); j++) {
                if (!delivered.get(j)) {
                    sink.accept(
                            j,
                            Checked.unread(Diagnostic.error(
                                    DiagnosticCode.INTERRUPTED,
                                    "the scan was interrupted",
                                    units.get(j).primary(),
                                    0,
                                    0)));
                }
            }
            return false;
        }
        return true;
    }

    /** Reads one unit and checks its resources; throws nothing but {@link OutOfMemoryError}. */
    private Checked process(Unit unit) {
        Diagnostic refused = sizeCheck(unit);
        if (refused != null) return Checked.unread(refused);
        UnitResult result;
        try {
            result = unit.frontend().analyze(unit, context);
        } catch (OutOfMemoryError e) {
            throw e;
        } catch (StackOverflowError e) {
            result = UnitResult.of(Diagnostic.error(
                    DiagnosticCode.NESTING_TOO_DEEP,
                    "the " + unit.frontend().name() + " reader ran out of stack on this input: something in it is "
                            + "nested or chained too deeply to analyze",
                    unit.primary(),
                    0,
                    0));
        } catch (RuntimeException | Error e) {
            result = UnitResult.of(internalError(unit, e));
        }
        return checker.check(result);
    }

    /** A diagnostic when a file of the unit is over the size limit or cannot be read, else null. */
    private Diagnostic sizeCheck(Unit unit) {
        for (Path file : unit.files()) {
            try {
                long size = Files.size(file);
                if (size > context.limits().maxFileBytes() && !unit.frontend().streams(file)) {
                    return Diagnostic.error(
                            DiagnosticCode.FILE_TOO_LARGE,
                            "file is " + size + " bytes, more than the limit of "
                                    + context.limits().maxFileBytes() + "; not analyzed",
                            file,
                            0,
                            0);
                }
            } catch (IOException e) {
                return Diagnostic.error(DiagnosticCode.IO_ERROR, "cannot read file: " + e.getMessage(), file, 0, 0);
            }
        }
        return null;
    }

    private static Diagnostic internalError(Unit unit, Throwable e) {
        return Diagnostic.error(
                DiagnosticCode.INTERNAL_ERROR,
                "the " + unit.frontend().name() + " reader failed on this input (" + Scanner.describe(e)
                        + "); please report it",
                unit.primary(),
                0,
                0);
    }

    private static Diagnostic outOfMemory(Unit unit) {
        long maxMiB = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        return Diagnostic.error(
                DiagnosticCode.OUT_OF_MEMORY,
                "analyzing this input needs more memory than the Java heap holds (" + maxMiB + " MiB), even "
                        + "alone; it is not analyzed, the other inputs are. Give Java a larger heap (-Xmx) to "
                        + "analyze it",
                unit.primary(),
                0,
                0);
    }
}
