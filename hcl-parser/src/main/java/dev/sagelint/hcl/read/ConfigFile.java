package dev.sagelint.hcl.read;

import java.nio.file.Path;

/** One parsed {@code .tf}, {@code .tf.json} or {@code .tfvars} file. */
public record ConfigFile(Path file, Body body) {}
