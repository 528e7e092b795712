package dev.sagelint.cfn.fuzz;

import dev.sagelint.cfn.cdk.CdkAssemblyFrontend;
import dev.sagelint.engine.ScanContext;
import dev.sagelint.engine.Unit;
import dev.sagelint.engine.UnitResult;
import dev.sagelint.fuzz.ReaderFuzzTest;
import dev.sagelint.fuzz.ReaderInvariant;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Fuzzes the CDK front-end's manifest reader: the input is {@code manifest.json} of an assembly folder that also
 * holds a stack template and a metadata file, so that the artifacts the fuzzer writes can name real files (and
 * files outside the folder, which must not be read).
 */
class CdkManifestFuzzTest {

    private static final Path ASSEMBLY = assembly();

    private static Path assembly() {
        Path dir = ReaderInvariant.folder("cdk");
        ReaderInvariant.write(dir, "Stack.template.json", """
                {"Resources": {"Nb": {"Type": "AWS::SageMaker::NotebookInstance",
                  "Properties": {"InstanceType": "ml.t3.medium"}}}}
                """.getBytes(StandardCharsets.UTF_8));
        ReaderInvariant.write(dir, "Stack.metadata.json", """
                {"/Stack/Nb": [{"type": "aws:cdk:logicalId", "data": "Nb"},
                  {"type": "aws:cdk:creationStack", "data": ["<anonymous> (/app/app.js:3:1)"]}]}
                """.getBytes(StandardCharsets.UTF_8));
        return dir;
    }

    @ReaderFuzzTest
    void manifest(byte[] data) {
        Path manifest = ReaderInvariant.write(ASSEMBLY, "manifest.json", data);
        CdkAssemblyFrontend frontend = new CdkAssemblyFrontend();
        UnitResult result = frontend.analyze(
                new Unit(frontend, ASSEMBLY, List.of(manifest)),
                new ScanContext(ASSEMBLY, ScanContext.Limits.defaults()));
        ReaderInvariant.check(result.diagnostics());
    }
}
