package dev.sagelint.hcl.read;

import dev.sagelint.model.Span;
import java.util.List;

/**
 * {@code type "label" ... { body }}.
 *
 * @param header the span of the block's first line, from the type to the opening brace
 * @param src    the whole block
 */
public record Block(String type, List<String> labels, Body body, Span header, Src src) {
    public Block {
        labels = List.copyOf(labels);
    }

    /** The label at {@code i}, or an empty string when there are fewer labels. */
    public String label(int i) {
        return i < labels.size() ? labels.get(i) : "";
    }
}
