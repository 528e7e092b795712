package dev.sagelint.policy;

import java.util.List;
import java.util.stream.Stream;

/**
 * The reference of the model for policy authors ({@code docs/policy-model.md}), generated from {@link PolicyModel}
 * so that it cannot disagree with what policies are type-checked against; a test compares the committed page.
 */
public final class PolicyModelReference {

    private PolicyModelReference() {}

    /** The whole page in Markdown. */
    public static String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# The model for custom policies\n\n")
                .append("Generated from `PolicyModel` by `PolicyModelReferenceTest`; do not edit by hand. ")
                .append("See [policies.md](policies.md) for the language and the file format.\n\n")
                .append("A policy names one or more of these types in `resource:` and reads the resource as ")
                .append("`resource`. A field that the template does not write reads as its AWS default, or, when ")
                .append("AWS has none, as the empty value of its type (`''`, `0`, `false`, `[]`, `{}`); ")
                .append("`has(resource.field)` tells whether the template wrote it. `-` in the Terraform column: ")
                .append("the type is not read from Terraform, or has no such argument.\n\n");
        for (PolicyModel.Type type : PolicyModel.RESOURCE_TYPES) {
            md.append("## ").append(type.name()).append("\n\n");
            md.append("Read from ")
                    .append(String.join(
                            ", ",
                            type.sourceTypes().stream().map(t -> "`" + t + "`").toList()))
                    .append(".\n\n");
            table(md, type.fields());
        }
        md.append("## Nested types\n\n");
        for (PolicyModel.Type type : PolicyModel.NESTED_TYPES) {
            md.append("### ").append(type.name()).append("\n\n");
            table(md, type.fields());
        }
        return md.toString();
    }

    private static void table(StringBuilder md, List<PolicyModel.Field> fields) {
        md.append("| field | type | CloudFormation | Terraform | AWS default |\n|---|---|---|---|---|\n");
        for (PolicyModel.Field f : fields) {
            String type = switch (f.kind()) {
                case OBJECT -> f.type().name();
                case OBJECT_LIST -> "list(" + f.type().name() + ")";
                default -> f.kind().celName();
            };
            md.append(Stream.of(
                                    "`" + f.name() + "`",
                                    type,
                                    "`" + f.cloudFormation() + "`",
                                    f.terraform().equals("-") ? "-" : "`" + f.terraform() + "`",
                                    f.awsDefault() == null ? "none" : "`" + f.awsDefault() + "`")
                            .reduce("|", (a, b) -> a + " " + b + " |"))
                    .append('\n');
        }
        md.append('\n');
    }
}
