package dev.sagelint.hcl.eval;

import dev.sagelint.hcl.read.Attribute;
import dev.sagelint.hcl.read.Block;
import dev.sagelint.hcl.read.Expr;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code default_tags} of each aws provider configuration a module sees, by configuration name ({@code aws},
 * {@code aws.west}). The hashicorp/aws provider adds them to the tags of every resource that supports tags
 * (https://registry.terraform.io/providers/hashicorp/aws/latest/docs#default_tags-configuration-block). A child
 * module inherits its caller's default (unaliased) configurations, and takes the ones its call's {@code providers}
 * map passes under the names the map gives them
 * (https://developer.hashicorp.com/terraform/language/modules/develop/providers#passing-providers-explicitly).
 */
final class ProviderTags {
    private ProviderTags() {}

    /** What a module sees: what it inherits, with its own {@code provider} blocks taking precedence. */
    static Map<String, Val> of(List<Block> providers, Map<String, Val> inherited, Scope scope, Evaluator evaluator) {
        Map<String, Val> out = new LinkedHashMap<>(inherited);
        for (Block p : providers) {
            if (p.labels().isEmpty() || !p.label(0).equals("aws")) continue;
            String name = p.body()
                    .attribute("alias")
                    .map(a -> evaluator.evalSafely(a.value(), scope))
                    .map(v -> v instanceof Val.Str s ? "aws." + s.value() : null)
                    .orElse("aws");
            Optional<Attribute> tags = p.body().blocks("default_tags").stream()
                    .findFirst()
                    .flatMap(d -> d.body().attribute("tags"));
            if (tags.isEmpty()) {
                out.remove(name);
            } else {
                Val v = evaluator.evalSafely(tags.get().value(), scope);
                out.put(
                        name,
                        v.origin() != null
                                ? v
                                : Val.withOrigin(v, tags.get().value().src().span()));
            }
        }
        return out;
    }

    /** The configuration a resource uses: its {@code provider} argument, else the default one of its type. */
    static String configuration(Block resource) {
        Optional<String> written =
                resource.body().attribute("provider").map(Attribute::value).map(ProviderTags::reference);
        if (written.isPresent() && written.get() != null) return written.get();
        String type = resource.label(0);
        int cut = type.indexOf('_');
        return cut < 0 ? type : type.substring(0, cut);
    }

    /** What a module call passes to its module. */
    static Map<String, Val> passed(Block call, Map<String, Val> caller) {
        Map<String, Val> out = new LinkedHashMap<>();
        caller.forEach((name, tags) -> {
            if (!name.contains(".")) out.put(name, tags);
        });
        Optional<Attribute> providers = call.body().attribute("providers");
        if (providers.isPresent() && providers.get().value() instanceof Expr.ObjectCons o) {
            for (Expr.Item item : o.items()) {
                String inChild = reference(item.key());
                String inCaller = reference(item.value());
                if (inChild == null || inCaller == null) continue;
                Val tags = caller.get(inCaller);
                if (tags == null) {
                    out.remove(inChild);
                } else {
                    out.put(inChild, tags);
                }
            }
        }
        return out;
    }

    /** {@code aws}, {@code aws.west}, or the same written as a string (in {@code .tf.json}). */
    private static String reference(Expr e) {
        if (e instanceof Expr.Variable v) return v.name();
        if (e instanceof Expr.GetAttr g && g.object() instanceof Expr.Variable v) return v.name() + "." + g.name();
        if (e instanceof Expr.Literal l && l.value() instanceof String s) return s;
        if (e instanceof Expr.Template t && t.parts().size() == 1 && t.parts().get(0) instanceof Expr.Text x) {
            return x.text();
        }
        return null;
    }
}
