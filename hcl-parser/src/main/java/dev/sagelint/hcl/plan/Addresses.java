package dev.sagelint.hcl.plan;

/**
 * Terraform resource addresses (https://developer.hashicorp.com/terraform/cli/state/resource-addressing):
 * {@code module.a["k"].module.b[0].aws_sagemaker_model.this["x"]}. Instance keys may hold dots, brackets and
 * escaped quotes, so addresses are split by a small scanner rather than by {@code split(".")}.
 */
final class Addresses {
    private Addresses() {}

    /** The address without instance keys: {@code module.a.module.b.aws_sagemaker_model.this}. */
    static String withoutKeys(String address) {
        StringBuilder out = new StringBuilder(address.length());
        int i = 0;
        while (i < address.length()) {
            char c = address.charAt(i);
            if (c == '[') {
                i = skipKey(address, i);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The module instance part of an address ({@code module.a["k"]}), empty in the root module. */
    static String moduleOf(String address) {
        int end = 0;
        int i = 0;
        while (address.startsWith("module.", i)) {
            i += "module.".length();
            while (i < address.length() && address.charAt(i) != '.' && address.charAt(i) != '[') i++;
            if (i < address.length() && address.charAt(i) == '[') i = skipKey(address, i);
            end = i;
            if (i < address.length() && address.charAt(i) == '.') i++;
        }
        return address.substring(0, end);
    }

    /** The resource type of an address ({@code aws_sagemaker_model}), or an empty string. */
    static String typeOf(String address) {
        String module = moduleOf(address);
        String rest = address.substring(module.isEmpty() ? 0 : module.length() + 1);
        if (rest.startsWith("data.")) rest = rest.substring("data.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? "" : rest.substring(0, dot);
    }

    /** The index just after the {@code ]} that closes the key opening at {@code open}. */
    private static int skipKey(String s, int open) {
        int i = open + 1;
        boolean quoted = false;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (quoted && c == '\\') {
                i += 2;
                continue;
            }
            if (c == '"') quoted = !quoted;
            if (c == ']' && !quoted) return i + 1;
            i++;
        }
        return s.length();
    }
}
