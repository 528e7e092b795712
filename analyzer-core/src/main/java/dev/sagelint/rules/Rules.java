package dev.sagelint.rules;

import dev.sagelint.rules.sagemaker.ModelNetworkIsolation;
import dev.sagelint.rules.sagemaker.NotebookDirectInternetAccess;
import dev.sagelint.rules.sagemaker.NotebookInVpc;
import dev.sagelint.rules.sagemaker.NotebookRootAccess;
import java.util.Comparator;
import java.util.List;

/** The catalog: every rule, listed explicitly. */
public final class Rules {
    private Rules() {
    }

    /** Every rule, ordered by id (numerically for the Security Hub controls). */
    public static List<Rule> all() {
        return List.<Rule>of(
                        new NotebookDirectInternetAccess(),
                        new NotebookInVpc(),
                        new NotebookRootAccess(),
                        new ModelNetworkIsolation())
                .stream()
                .sorted(Comparator.comparing(r -> r.meta().id(), Rules::compareIds))
                .toList();
    }

    /** Orders {@code SageMaker.2} before {@code SageMaker.10}, and Security Hub controls before related checks. */
    public static int compareIds(String a, String b) {
        boolean ca = a.startsWith("SageMaker."), cb = b.startsWith("SageMaker.");
        if (ca && cb) {
            return Integer.compare(Integer.parseInt(a.substring(10)), Integer.parseInt(b.substring(10)));
        }
        if (ca != cb) return ca ? -1 : 1;
        return a.compareTo(b);
    }
}
