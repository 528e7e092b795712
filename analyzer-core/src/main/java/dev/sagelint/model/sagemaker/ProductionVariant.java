package dev.sagelint.model.sagemaker;

import dev.sagelint.model.Prop;
import dev.sagelint.model.Span;

/**
 * A production variant of an endpoint configuration.
 *
 * @param span                 the variant's declaration
 * @param name                 {@code VariantName}
 * @param modelName            the model it serves ({@code ModelName})
 * @param initialInstanceCount {@code InitialInstanceCount}; absent on serverless variants
 * @param serverless           whether the variant has a {@code ServerlessConfig} (then it has no instances)
 */
public record ProductionVariant(
        Span span,
        Prop<String> name,
        Prop<String> modelName,
        Prop<Integer> initialInstanceCount,
        Prop<Boolean> serverless) {
}
