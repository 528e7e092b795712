package dev.sagelint.bench;

import dev.sagelint.engine.Frontend;
import dev.sagelint.engine.ScanContext;
import dev.sagelint.engine.Unit;
import dev.sagelint.engine.UnitResult;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A front-end's whole analysis of the units it claims in one sample folder: read, evaluate (CloudFormation
 * intrinsics and conditions, Terraform variables, locals, {@code count}/{@code for_each} and local modules, a plan's
 * values) and adapt to the model. Less {@link ReaderBenchmark}'s time for the same files, this is the evaluators'
 * and adapters' cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FrontendBenchmark {

    /** FRONT-END:FOLDER under samples/. */
    @Param({
        "cloudformation:cloudformation/insecure",
        "terraform:terraform/insecure",
        "terraform-plan:terraform-plan/insecure",
        "cdk:cdk/insecure/cdk.out"
    })
    public String input;

    private Frontend frontend;
    private List<Unit> units;
    private ScanContext context;

    @Setup
    public void setUp() {
        int colon = input.indexOf(':');
        frontend = Samples.frontend(input.substring(0, colon));
        units = Samples.units(frontend, Samples.get(input.substring(colon + 1)));
        context = Samples.context();
    }

    @Benchmark
    public void analyze(Blackhole hole) {
        for (Unit unit : units) {
            UnitResult result = frontend.analyze(unit, context);
            hole.consume(result);
        }
    }
}
