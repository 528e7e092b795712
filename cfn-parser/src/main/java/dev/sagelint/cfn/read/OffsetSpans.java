package dev.sagelint.cfn.read;

import dev.sagelint.model.Span;

/** Where the characters of a text embedded in a template (a JSON string in a property) are written in the file. */
@FunctionalInterface
public interface OffsetSpans {

    /** The span in the template of the embedded text's characters from {@code start} to {@code end} (exclusive). */
    Span span(int start, int end);
}
