package dev.sagelint.bench;

import dev.sagelint.cfn.read.TemplateReader;
import dev.sagelint.engine.ScanContext;
import dev.sagelint.hcl.read.HclReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The readers alone, from bytes in memory to a positioned syntax tree: CloudFormation YAML and JSON (SnakeYAML and
 * Jackson, with marks and token locations) and HCL (the ANTLR grammar and the tree built from it).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReaderBenchmark {

    /** A sample file; its extension chooses the reader. */
    @Param({
        "cloudformation/insecure/notebook.yaml",
        "cloudformation/insecure/monitoring.json",
        "terraform/insecure/modules/ml/main.tf"
    })
    public String sample;

    private Path file;
    private byte[] bytes;
    private String text;
    private TemplateReader templates;
    private HclReader hcl;

    @Setup
    public void setUp() throws IOException {
        file = Samples.get(sample);
        bytes = Files.readAllBytes(file);
        text = new String(bytes, StandardCharsets.UTF_8);
        ScanContext.Limits limits = ScanContext.Limits.defaults();
        templates = new TemplateReader(limits);
        hcl = new HclReader(limits.maxNestingDepth());
    }

    @Benchmark
    public Object read() {
        Object tree = sample.endsWith(".tf") ? hcl.read(file, text) : templates.read(file, bytes);
        return tree;
    }
}
