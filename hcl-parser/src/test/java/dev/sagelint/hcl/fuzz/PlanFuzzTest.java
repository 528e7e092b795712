package dev.sagelint.hcl.fuzz;

import dev.sagelint.engine.ScanContext;
import dev.sagelint.engine.Unit;
import dev.sagelint.engine.UnitResult;
import dev.sagelint.fuzz.ReaderFuzzTest;
import dev.sagelint.fuzz.ReaderInvariant;
import dev.sagelint.hcl.plan.TerraformPlanFrontend;
import java.nio.file.Path;
import java.util.List;

/** Fuzzes the Terraform plan JSON reader and adapter: the input is a {@code plan.json} on its own. */
class PlanFuzzTest {

    private static final Path FOLDER = ReaderInvariant.folder("plan");

    @ReaderFuzzTest
    void plan(byte[] data) {
        Path file = ReaderInvariant.write(FOLDER, "plan.json", data);
        TerraformPlanFrontend frontend = new TerraformPlanFrontend();
        UnitResult result = frontend.analyze(
                new Unit(frontend, file, List.of(file)), new ScanContext(FOLDER, ScanContext.Limits.defaults()));
        ReaderInvariant.check(result.diagnostics());
    }
}
