package dev.sagelint.hcl.fuzz;

import dev.sagelint.engine.ScanContext;
import dev.sagelint.engine.Unit;
import dev.sagelint.engine.UnitResult;
import dev.sagelint.fuzz.ReaderFuzzTest;
import dev.sagelint.fuzz.ReaderInvariant;
import dev.sagelint.hcl.TerraformFrontend;
import java.nio.file.Path;
import java.util.List;

/**
 * Fuzzes the evaluation of a Terraform module: the input is the module's only {@code main.tf}, read, evaluated
 * (variables, locals, functions, {@code count}/{@code for_each}, local module calls) and adapted by the Terraform
 * front-end.
 */
class HclModuleFuzzTest {

    private static final Path MODULE = ReaderInvariant.folder("tf");

    @ReaderFuzzTest
    void hclModule(byte[] data) {
        Path file = ReaderInvariant.write(MODULE, "main.tf", data);
        TerraformFrontend frontend = new TerraformFrontend();
        UnitResult result = frontend.analyze(
                new Unit(frontend, MODULE, List.of(file)), new ScanContext(MODULE, ScanContext.Limits.defaults()));
        ReaderInvariant.check(result.diagnostics());
    }
}
