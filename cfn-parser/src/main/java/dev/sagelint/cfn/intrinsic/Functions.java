package dev.sagelint.cfn.intrinsic;

import java.util.Map;
import java.util.Set;

/**
 * The table of intrinsic functions the evaluator knows, by long-form name. A function that is not here (such as
 * {@code Fn::Transform}, {@code Fn::ToJsonString} or {@code Fn::Length}) is left unresolved.
 */
public final class Functions {

    private static final Map<String, Function> TABLE = Map.ofEntries(
            Map.entry("Ref", new Ref()),
            Map.entry("Condition", new ConditionFunctions.ConditionRef()),
            Map.entry("Fn::If", new FnIf()),
            Map.entry("Fn::Equals", new ConditionFunctions.FnEquals()),
            Map.entry("Fn::And", new ConditionFunctions.FnAndOr(true)),
            Map.entry("Fn::Or", new ConditionFunctions.FnAndOr(false)),
            Map.entry("Fn::Not", new ConditionFunctions.FnNot()),
            Map.entry("Fn::FindInMap", new FnFindInMap()),
            Map.entry("Fn::Sub", new FnSub()),
            Map.entry("Fn::Join", new FnJoin()),
            Map.entry("Fn::Select", new FnSelect()),
            Map.entry("Fn::Split", new FnSplit()),
            Map.entry("Fn::GetAtt", new FnGetAtt()),
            Map.entry("Fn::ImportValue", DeployTimeFunctions.importValue()),
            Map.entry("Fn::GetAZs", DeployTimeFunctions.getAzs()),
            Map.entry("Fn::Base64", new FnBase64()),
            Map.entry("Fn::Cidr", new FnCidr()));

    private Functions() {}

    static Function get(String name) {
        return TABLE.get(name);
    }

    /** The names of the functions that are evaluated. */
    public static Set<String> names() {
        return TABLE.keySet();
    }

    /**
     * {@code Fn::Sub}'s string with each {@code ${Name}} placeholder replaced; exposed for definitions embedded in
     * strings (Step Functions {@code DefinitionString}), which are substituted before they are parsed.
     */
    public static String substitute(String template, java.util.function.UnaryOperator<String> replace) {
        return FnSub.substitute(template, replace);
    }
}
