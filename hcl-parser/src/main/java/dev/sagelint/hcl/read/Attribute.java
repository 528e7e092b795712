package dev.sagelint.hcl.read;

/**
 * {@code name = value}.
 *
 * @param src where the whole attribute is written
 */
public record Attribute(String name, Expr value, Src src) {}
