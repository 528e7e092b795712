package dev.sagelint.cfn.intrinsic;

import dev.sagelint.cfn.read.CfnNode;
import dev.sagelint.cfn.read.CfnNode.Intrinsic;
import dev.sagelint.cfn.read.CfnNode.Sequence;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code Fn::Cidr [ipBlock, count, cidrBits]}: the first {@code count} IPv4 subnets with {@code cidrBits} host
 * bits inside {@code ipBlock}. IPv6 blocks are left unresolved.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-cidr.html
 */
final class FnCidr implements Function {

    @Override
    public Outcome apply(Intrinsic call, Evaluator evaluator) {
        if (!(call.argument() instanceof Sequence args) || args.items().size() != 3) {
            return Outcome.of(Alternative.unresolved(call, "`Fn::Cidr` takes a block, a count and a size"));
        }
        List<Outcome> parts = new ArrayList<>();
        for (CfnNode item : args.items()) parts.add(evaluator.resolveDeep(item));
        return evaluator.combine(call, parts, values -> {
            try {
                String block = Evaluator.textOf(values.get(0));
                int count = Integer.parseInt(Evaluator.textOf(values.get(1)).strip());
                int hostBits = Integer.parseInt(Evaluator.textOf(values.get(2)).strip());
                List<String> cidrs = cidrs(block, count, hostBits);
                List<CfnNode> items = new ArrayList<>();
                for (String c : cidrs) items.add(Evaluator.text(call, c));
                return Alternative.value(new Sequence(items, call.span(), call.source()));
            } catch (RuntimeException e) {
                return Alternative.unresolved(call, "`Fn::Cidr` needs an IPv4 block and two numbers");
            }
        });
    }

    static List<String> cidrs(String block, int count, int hostBits) {
        String[] parts = block.strip().split("/");
        String[] octets = parts[0].split("\\.");
        if (octets.length != 4 || count < 1 || count > 256 || hostBits < 0 || hostBits > 32) {
            throw new IllegalArgumentException(block);
        }
        long base = 0;
        for (String o : octets) base = (base << 8) | Integer.parseInt(o);
        int prefix = Integer.parseInt(parts[1]);
        if (32 - hostBits < prefix) throw new IllegalArgumentException(block);
        long size = 1L << hostBits;
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long address = base + i * size;
            out.add(((address >> 24) & 255) + "." + ((address >> 16) & 255) + "." + ((address >> 8) & 255) + "."
                    + (address & 255) + "/" + (32 - hostBits));
        }
        return out;
    }
}
