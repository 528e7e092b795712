package dev.sagelint.policy.cel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelProtoAbstractSyntaxTree;
import dev.sagelint.model.Prop;
import dev.sagelint.model.ResourceId;
import dev.sagelint.model.Span;
import dev.sagelint.model.sagemaker.NotebookInstance;
import dev.sagelint.model.sagemaker.Notebooks;
import dev.sagelint.policy.PolicyCompiler;
import dev.sagelint.policy.PolicyDefinition;
import dev.sagelint.policy.PolicyFiles;
import dev.sagelint.policy.PolicyModel;
import dev.sagelint.rules.Finding;
import dev.sagelint.rules.Rule;
import dev.sagelint.rules.RuleContext;
import dev.sagelint.rules.RuleFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The checked-expression cache: an expression read back is the one the checker gave (on the policies of
 * {@code policies/eval/} and the samples), policies loaded from the cache find and fail exactly as freshly checked ones do (on the policies of {@code policies/eval/} and the bad
 * policies of {@code policies/invalid/}), and a damaged or foreign entry, a cache turned off or one inside the
 * project changes nothing but the time it takes.
 */
class CheckedCacheTest {

    private static final Path EVAL = Path.of("src/test/resources/policies/eval/policies.yaml");
    private static final Path INVALID = Path.of("src/test/resources/policies/invalid");
    private static final Path SAMPLES = Path.of("../samples/policies/.sagelint/policies/acme.yaml");
    private static final Span DECLARATION = new Span(Path.of("t.yaml"), 4, 3, 4, 10);
    private static final ResourceId ID = ResourceId.of("nb", "AWS::SageMaker::NotebookInstance", DECLARATION);

    @TempDir
    Path cache;

    private static List<PolicyDefinition> definitions(Path file) {
        PolicyFiles.Read read = PolicyFiles.read(file);
        assertThat(read.diagnostics()).isEmpty();
        return read.policies();
    }

    private List<Path> entries() throws IOException {
        Path folder = cache.resolve("cel");
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }

    /** The policies of the tests and the samples (whose {@code require} of AcmeTrainingSubnets spans lines). */
    static Stream<Path> policyFiles() {
        return Stream.of(EVAL, SAMPLES);
    }

    @ParameterizedTest
    @MethodSource("policyFiles")
    void anExpressionReadBackIsTheOneTheCheckerGave(Path file) throws Exception {
        List<PolicyDefinition> policies = definitions(file);
        PolicyCompiler.Compiled compiled = new CelPolicyCompiler().compile(policies, cache);
        assertThat(compiled.diagnostics()).isEmpty();

        CelEnvironment environment = new CelEnvironment();
        CheckedCache checked = CheckedCache.open(policies, environment, cache);
        int expressions = 0;
        for (PolicyDefinition p : policies) {
            PolicyModel.Type type =
                    PolicyModel.resourceType(p.resources().get(0)).orElseThrow();
            for (PolicyDefinition.Expression e :
                    Stream.of(p.when(), p.require()).filter(x -> x != null).toList()) {
                expressions++;
                CelAbstractSyntaxTree fresh =
                        environment.compiler(type).compile(e.text()).getAst();
                CelAbstractSyntaxTree read = checked.get(type.name(), e.text()).orElseThrow();
                assertThat(CelProtoAbstractSyntaxTree.fromCelAst(read).toCheckedExpr())
                        .isEqualTo(CelProtoAbstractSyntaxTree.fromCelAst(fresh).toCheckedExpr());
                assertThat(read.getExpr()).isEqualTo(fresh.getExpr());
                assertThat(read.getReferenceMap()).isEqualTo(fresh.getReferenceMap());
                assertThat(read.getSource().getContent().toString())
                        .isEqualTo(fresh.getSource().getContent().toString());
                assertThat(read.getSource().getDescription())
                        .isEqualTo(fresh.getSource().getDescription());
                assertThat(read.getSource().getPositionsMap())
                        .isEqualTo(fresh.getSource().getPositionsMap());
                assertThat(read.getSource().getLineOffsets())
                        .isEqualTo(fresh.getSource().getLineOffsets());
                assertThat(read.getTypeMap()).isEqualTo(fresh.getTypeMap());
            }
        }
        assertThat(entries()).hasSize(expressions);
    }

    /** What each policy gives on a few notebooks: its findings (message, location, condition) or its failure. */
    private static List<String> outcomes(List<Rule> rules) {
        Span written = new Span(Path.of("t.yaml"), 9, 19, 9, 26);
        List<NotebookInstance> notebooks = List.of(
                Notebooks.unset(ID).build(),
                Notebooks.secure(ID).build(),
                Notebooks.secure(ID)
                        .withRootAccess(Prop.known("RootAccess", "Enabled", written))
                        .withKmsKeyId(Prop.unknown("KmsKeyId", "!Ref Key", "parameter `Key` has no `Default`", written))
                        .build());
        List<String> out = new ArrayList<>();
        for (Rule rule : rules) {
            for (NotebookInstance notebook : notebooks) {
                try {
                    for (Finding f : rule.check(notebook, RuleContext.defaults())) {
                        out.add(rule.meta().id() + ": " + f.message() + " at " + f.location() + " if " + f.condition());
                    }
                } catch (RuleFailure e) {
                    out.add(rule.meta().id() + " failed: " + e.getMessage() + " at " + e.file() + ":" + e.line() + ":"
                            + e.column());
                }
            }
        }
        return out;
    }

    @Test
    void policiesReadFromTheCacheFindWhatCheckedPoliciesFind() throws IOException {
        List<PolicyDefinition> policies = definitions(EVAL);
        List<String> checked =
                outcomes(new CelPolicyCompiler().compile(policies, null).rules());
        assertThat(checked).anyMatch(o -> o.contains(" failed: ")).anyMatch(o -> o.contains(" if Resolves"));

        new CelPolicyCompiler().compile(policies, cache);
        assertThat(entries()).isNotEmpty();
        PolicyCompiler.Compiled cached = new CelPolicyCompiler().compile(policies, cache);

        assertThat(cached.diagnostics()).isEmpty();
        assertThat(outcomes(cached.rules())).isEqualTo(checked);
        assertThat(cached.rules().stream().map(Rule::meta).toList())
                .isEqualTo(new CelPolicyCompiler()
                        .compile(policies, null).rules().stream()
                                .map(Rule::meta)
                                .toList());
    }

    static Stream<Path> invalidFiles() throws IOException {
        try (Stream<Path> s = Files.list(INVALID)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    /** A bad policy gives the same errors whether the file's good expressions come from the cache or not. */
    @ParameterizedTest
    @MethodSource("invalidFiles")
    void errorsAreTheSameWithAndWithoutTheCache(Path file) {
        List<PolicyDefinition> policies = PolicyFiles.read(file).policies();
        List<String> fresh = new CelPolicyCompiler()
                .compile(policies, null).diagnostics().stream()
                        .map(Object::toString)
                        .toList();
        new CelPolicyCompiler().compile(policies, cache);
        List<String> cached = new CelPolicyCompiler()
                .compile(policies, cache).diagnostics().stream()
                        .map(Object::toString)
                        .toList();
        assertThat(cached).isEqualTo(fresh);
    }

    @Test
    void aDamagedOrForeignEntryIsIgnoredAndWrittenAgain() throws IOException {
        List<PolicyDefinition> policies = definitions(EVAL);
        List<String> expected =
                outcomes(new CelPolicyCompiler().compile(policies, null).rules());
        new CelPolicyCompiler().compile(policies, cache);
        List<Path> entries = entries();
        assertThat(entries).hasSizeGreaterThan(1);
        Map<Path, byte[]> sound = new java.util.HashMap<>();
        for (Path e : entries) sound.put(e, Files.readAllBytes(e));

        List<java.util.function.UnaryOperator<byte[]>> damages = List.of(
                b -> new byte[0],
                b -> java.util.Arrays.copyOf(b, b.length / 2),
                b -> flip(b, b.length - 12), // a payload byte: the checksum no longer matches
                b -> flip(b, 3), // the format marker
                b -> flip(b, b.length - 1), // the checksum
                b -> "policies: []\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (java.util.function.UnaryOperator<byte[]> damage : damages) {
            for (Path e : entries) Files.write(e, damage.apply(sound.get(e)));
            PolicyCompiler.Compiled again = new CelPolicyCompiler().compile(policies, cache);
            assertThat(again.diagnostics()).isEmpty();
            assertThat(outcomes(again.rules())).isEqualTo(expected);
            for (Path e : entries) assertThat(Files.readAllBytes(e)).isEqualTo(sound.get(e));
        }
        // An entry of another expression under this one's name (its key no longer matches).
        Files.write(entries.get(0), sound.get(entries.get(1)));
        CelEnvironment environment = new CelEnvironment();
        CheckedCache checked = CheckedCache.open(policies, environment, cache);
        PolicyDefinition first = policies.get(0);
        assertThat(Stream.of(policies.toArray(PolicyDefinition[]::new))
                        .flatMap(p -> Stream.of(p.when(), p.require()))
                        .filter(x -> x != null)
                        .filter(x ->
                                checked.get(first.resources().get(0), x.text()).isEmpty()))
                .hasSize(1);
        assertThat(outcomes(new CelPolicyCompiler().compile(policies, cache).rules()))
                .isEqualTo(expected);
    }

    private static byte[] flip(byte[] bytes, int at) {
        byte[] out = bytes.clone();
        if (at >= 0 && at < out.length) out[at] ^= 0x5a;
        return out;
    }

    @Test
    void aCacheInsideTheProjectOfAPolicyIsNotUsed() throws IOException {
        Path project = cache.resolve("repo");
        Path file = project.resolve(".sagelint/policies/p.yaml");
        Files.createDirectories(file.getParent());
        Files.copy(EVAL, file);
        List<PolicyDefinition> policies = definitions(file);
        for (Path root : List.of(project.resolve(".cache/sagelint"), project, file.getParent())) {
            assertThat(CheckedCache.open(policies, new CelEnvironment(), root).enabled())
                    .isFalse();
            assertThat(new CelPolicyCompiler().compile(policies, root).diagnostics())
                    .isEmpty();
        }
        try (Stream<Path> s = Files.walk(project)) {
            assertThat(s.filter(Files::isRegularFile)).containsExactly(file);
        }
        assertThat(CheckedCache.open(policies, new CelEnvironment(), cache.resolve("elsewhere"))
                        .enabled())
                .isTrue();
    }

    /** Where the cache is: property, SAGELINT_CACHE_DIR, XDG_CACHE_HOME, HOME ({@code -} for none). */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/p  | /e  | /x   | /p/cel",
                "-   | /e  | /x   | /e/cel",
                "-   | -   | /x   | /x/sagelint/cel",
                "-   | -   | x    | HOME/.cache/sagelint/cel",
                "-   | -   | -    | HOME/.cache/sagelint/cel",
                "off | /e  | /x   | none",
                "-   | off | /x   | none",
                "-   | OFF | -    | none",
                "-   | ''  | /x   | none",
            })
    void theFolderComesFromThePropertyTheEnvironmentOrTheHome(
            String property, String dir, String xdg, String expected) {
        Map<String, String> env = new java.util.HashMap<>();
        if (!dir.equals("-")) env.put(CheckedCache.ENV, dir);
        if (!xdg.equals("-")) env.put("XDG_CACHE_HOME", xdg);
        Path root = CheckedCache.root(property.equals("-") ? null : property, env);
        String home = Path.of(System.getProperty("user.home")).toAbsolutePath().toString();
        String actual = root == null ? "none" : root.resolve("cel").toString();
        assertThat(actual).isEqualTo(expected.equals("none") ? "none" : expected.replace("HOME", home));
    }
}
