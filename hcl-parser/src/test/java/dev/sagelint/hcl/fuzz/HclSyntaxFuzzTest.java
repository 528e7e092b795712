package dev.sagelint.hcl.fuzz;

import dev.sagelint.engine.ScanContext;
import dev.sagelint.fuzz.ReaderFuzzTest;
import dev.sagelint.fuzz.ReaderInvariant;
import dev.sagelint.hcl.read.HclReader;
import dev.sagelint.hcl.read.ReadResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Fuzzes the HCL lexer and parser on their own, in memory (the input decoded as UTF-8, leniently). */
class HclSyntaxFuzzTest {

    private static final int MAX_NESTING = ScanContext.Limits.defaults().maxNestingDepth();

    @ReaderFuzzTest
    void hclSyntax(byte[] data) {
        ReadResult read = new HclReader(MAX_NESTING).read(Path.of("main.tf"), new String(data, StandardCharsets.UTF_8));
        ReaderInvariant.check(read.diagnostics());
    }
}
