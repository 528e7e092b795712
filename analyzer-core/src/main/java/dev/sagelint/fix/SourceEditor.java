package dev.sagelint.fix;

/**
 * Turns "set property P of resource R to V" into a minimal edit of one syntax, keeping every other byte of the file.
 * A front-end offers its editors through {@link dev.sagelint.engine.Frontend#editors()}; analyzer-core knows no
 * syntax of its own.
 *
 * <p>An editor works on the text it is given, which may already hold earlier fixes: it reads the text again and
 * finds its way by the request's location and property path. It never throws on user input; what it cannot edit it
 * {@linkplain EditOutcome.Refused refuses} with a reason.
 */
public interface SourceEditor {

    /** Whether this editor writes the fix of this request (by the resource's format and the location's file). */
    boolean accepts(FixRequest request);

    /**
     * The edit of {@code text}, the current content of {@link FixRequest#file()}.
     *
     * <p>When the text has changed since the scan (earlier fixes to the same file), the request's location still
     * holds for everything before the earlier edits: the engine applies the fixes of a file from its end to its
     * start, and an editor changes text only at or after the location it is asked about.
     */
    EditOutcome edit(String text, FixRequest request);
}
