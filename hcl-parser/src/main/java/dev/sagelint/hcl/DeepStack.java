package dev.sagelint.hcl;

import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.DiagnosticCode;
import dev.sagelint.engine.Unit;
import dev.sagelint.engine.UnitResult;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs a Terraform reader on a thread of its own with a large stack: HCL expressions and plan values nest deeply,
 * and the readers recurse over them. The engine's reader threads have a smaller stack. What the reader throws is
 * thrown again on the calling thread.
 */
public final class DeepStack {

    private static final long STACK_BYTES = 256L * 1024 * 1024;

    private DeepStack() {}

    /**
     * The result of {@code reader}, run on a large-stack thread; a diagnostic when the thread is interrupted or
     * ends without a result.
     *
     * @param what the reader in words, for the diagnostic ("terraform reader")
     */
    public static UnitResult run(String what, Unit unit, Supplier<UnitResult> reader) {
        AtomicReference<UnitResult> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable task = () -> {
            try {
                result.set(reader.get());
            } catch (RuntimeException | Error e) {
                failure.set(e);
            }
        };
        Thread worker = new Thread(null, task, "sagelint-" + what.replace(' ', '-'), STACK_BYTES);
        worker.setDaemon(true);
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            worker.interrupt();
            return UnitResult.of(
                    Diagnostic.error(DiagnosticCode.INTERRUPTED, "the scan was interrupted", unit.primary(), 0, 0));
        }
        // Rethrown on the caller's thread, where the engine turns it into a diagnostic for this unit (and retries
        // a unit that ran out of memory alone) instead of the thread printing a stack trace.
        if (failure.get() instanceof RuntimeException e) throw e;
        if (failure.get() instanceof Error e) throw e;
        return result.get() != null
                ? result.get()
                : UnitResult.of(Diagnostic.error(
                        DiagnosticCode.INTERNAL_ERROR,
                        "the " + what + " stopped without a result on this input; please report it",
                        unit.primary(),
                        0,
                        0));
    }
}
