package dev.sagelint.bench;

import dev.sagelint.model.sagemaker.SageMakerResource;
import dev.sagelint.rules.Rule;
import dev.sagelint.rules.RuleContext;
import dev.sagelint.rules.Rules;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Every built-in rule on every SageMaker resource of the samples (all input formats), with the default parameters:
 * the rules' checks and the findings they build, messages included.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RulesBenchmark {

    private List<SageMakerResource> resources;
    private List<Rule> rules;
    private List<RuleContext> contexts;

    @Setup
    public void setUp() {
        resources = Samples.resources();
        rules = Rules.all();
        RuleContext catalog = RuleContext.defaults().withRules(rules);
        contexts = rules.stream().map(rule -> catalog.forRule(rule.meta())).toList();
    }

    @Benchmark
    public void checkEveryResource(Blackhole hole) {
        for (int r = 0; r < rules.size(); r++) {
            Rule rule = rules.get(r);
            RuleContext context = contexts.get(r);
            for (SageMakerResource resource : resources) {
                hole.consume(rule.check(resource, context));
            }
        }
    }
}
