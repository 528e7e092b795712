package dev.sagelint.hcl.read;

import java.util.List;
import java.util.Optional;

/**
 * The content of a file or a block: attributes and nested blocks, in source order.
 */
public record Body(List<Attribute> attributes, List<Block> blocks) {
    public Body {
        attributes = List.copyOf(attributes);
        blocks = List.copyOf(blocks);
    }

    public static Body empty() {
        return new Body(List.of(), List.of());
    }

    /** The attribute of that name, if written. */
    public Optional<Attribute> attribute(String name) {
        return attributes.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    /** The blocks of that type, in order. */
    public List<Block> blocks(String type) {
        return blocks.stream().filter(b -> b.type().equals(type)).toList();
    }
}
