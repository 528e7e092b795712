package dev.sagelint.cfn.read;

import java.util.Map;

/**
 * The spellings of CloudFormation intrinsic functions: the YAML short-form tags and the long-form keys.
 * Source: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference.html
 */
final class Intrinsics {

    private static final Map<String, String> SHORT_FORMS = Map.ofEntries(
            Map.entry("!Ref", "Ref"),
            Map.entry("!Condition", "Condition"),
            Map.entry("!GetAtt", "Fn::GetAtt"),
            Map.entry("!Sub", "Fn::Sub"),
            Map.entry("!Join", "Fn::Join"),
            Map.entry("!If", "Fn::If"),
            Map.entry("!Equals", "Fn::Equals"),
            Map.entry("!Not", "Fn::Not"),
            Map.entry("!And", "Fn::And"),
            Map.entry("!Or", "Fn::Or"),
            Map.entry("!FindInMap", "Fn::FindInMap"),
            Map.entry("!Select", "Fn::Select"),
            Map.entry("!Split", "Fn::Split"),
            Map.entry("!Base64", "Fn::Base64"),
            Map.entry("!Cidr", "Fn::Cidr"),
            Map.entry("!GetAZs", "Fn::GetAZs"),
            Map.entry("!ImportValue", "Fn::ImportValue"),
            Map.entry("!Transform", "Fn::Transform"));

    private Intrinsics() {}

    /** The long-form name for a YAML short-form tag such as {@code !If}, or null when the tag is not one. */
    static String shortForm(String tag) {
        return SHORT_FORMS.get(tag);
    }

    /**
     * Whether the single key of a mapping makes it an intrinsic function: {@code Ref}, {@code Condition}, or
     * {@code Fn::Name}. {@code Fn::ForEach::Name} is a key with a logical name of its own, not a function call.
     */
    static boolean isLongForm(String key) {
        if (key.equals("Ref") || key.equals("Condition")) return true;
        return key.startsWith("Fn::") && key.length() > 4 && !key.substring(4).contains("::");
    }
}
