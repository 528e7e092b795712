package dev.sagelint.hcl.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.DiagnosticCode;
import dev.sagelint.engine.ScanContext;
import dev.sagelint.engine.ScanRequest;
import dev.sagelint.engine.ScanResult;
import dev.sagelint.engine.Scanner;
import dev.sagelint.engine.Unit;
import dev.sagelint.engine.UnitResult;
import dev.sagelint.hcl.TerraformFiles;
import dev.sagelint.hcl.TerraformFrontend;
import dev.sagelint.model.Prop;
import dev.sagelint.model.Span;
import dev.sagelint.model.sagemaker.Image;
import dev.sagelint.model.sagemaker.Model;
import dev.sagelint.model.sagemaker.NotebookInstance;
import dev.sagelint.model.sagemaker.PlannedChange;
import dev.sagelint.rules.Finding;
import dev.sagelint.rules.Rules;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Claiming, reading plans and states, source lines, unknown values, changes, and bad input. */
class TerraformPlanFrontendTest {

    @TempDir
    Path dir;

    private static final String ROOT_TF = """
            variable "teams" {
              default = {
                a = { root = "Enabled" }
                b = { root = "Enabled" }
              }
            }

            resource "aws_sagemaker_notebook_instance" "team" {
              for_each      = var.teams
              name          = "team-${each.key}"
              role_arn      = "arn:aws:iam::111122223333:role/nb"
              instance_type = "ml.t3.medium"
              root_access   = each.value.root
            }

            module "ml" {
              source  = "./modules/ml"
              isolate = false
            }
            """;

    private static final String MODULE_TF = """
            variable "isolate" {
              type = bool
            }

            resource "aws_sagemaker_model" "this" {
              count              = 2
              name               = "m-${count.index}"
              execution_role_arn = "arn:aws:iam::111122223333:role/model"

              enable_network_isolation = var.isolate

              primary_container {
                image = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/m:1"
              }
            }
            """;

    private static String notebook(String name, String rootAccess) {
        return "{\"actions\": [\"create\"], \"before\": null,\n\"after\": {\"name\": \"" + name
                + "\", \"direct_internet_access\": \"Enabled\",\n\"root_access\": \"" + rootAccess
                + "\", \"subnet_id\": null, \"kms_key_id\": null},\n\"after_unknown\": {\"arn\": true}}";
    }

    private static String model(boolean isolation) {
        return "{\"actions\": [\"create\"], \"before\": null,\n\"after\": {\"name\": \"m\",\n"
                + "\"enable_network_isolation\": " + isolation + ",\n\"primary_container\": [{\"image\": \"i\", "
                + "\"image_config\": []}]},\n\"after_unknown\": {\"arn\": true}}";
    }

    /** The plan of ROOT_TF and MODULE_TF. */
    private static String rootPlan() {
        return PlanFiles.plan(
                List.of("aws_sagemaker_notebook_instance.team"),
                PlanFiles.change(
                        "aws_sagemaker_notebook_instance.team[\"a\"]",
                        "aws_sagemaker_notebook_instance",
                        notebook("team-a", "Enabled")),
                PlanFiles.change(
                        "aws_sagemaker_notebook_instance.team[\"b\"]",
                        "aws_sagemaker_notebook_instance",
                        notebook("team-b", "Enabled")),
                PlanFiles.change("module.ml.aws_sagemaker_model.this[0]", "aws_sagemaker_model", model(false)),
                PlanFiles.change("module.ml.aws_sagemaker_model.this[1]", "aws_sagemaker_model", model(false)));
    }

    private static int lineOf(String text, String snippet) {
        int at = text.indexOf(snippet);
        assertThat(at).as("snippet %s", snippet).isNotNegative();
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p.toAbsolutePath().normalize();
    }

    private UnitResult analyze(Path plan) {
        TerraformPlanFrontend frontend = new TerraformPlanFrontend();
        return frontend.analyze(Unit.of(frontend, plan), new ScanContext(dir, ScanContext.Limits.defaults()));
    }

    @Test
    void aNumberWithAHugeExponentIsShownInBoundedForm() throws IOException {
        // once a billion-digit string when the message was built (out of memory, the whole scan lost)
        String change = notebook("nb", "X").replace("\"root_access\": \"X\"", "\"root_access\": 1e-999999999");
        Path plan = write(
                "plan.json",
                PlanFiles.plan(
                        List.of("aws_sagemaker_notebook_instance.nb"),
                        PlanFiles.change(
                                "aws_sagemaker_notebook_instance.nb", "aws_sagemaker_notebook_instance", change)));

        UnitResult result = analyze(plan);

        assertThat(result.diagnostics()).isEmpty();
        NotebookInstance nb = (NotebookInstance) result.resources().get(0);
        assertThat(nb.rootAccess())
                .isInstanceOfSatisfying(
                        Prop.Known.class, k -> assertThat(k.value()).isEqualTo("1E-999999999"));
    }

    // ---- claiming ----

    @Test
    void claimsPlansAndStatesButNotTemplatesOrTerraformJson() throws IOException {
        Path plan = write("plan.json", rootPlan());
        Path state = write(
                "state.json",
                "{\"format_version\":\"1.0\",\"terraform_version\":\"1.7.5\"," + "\"values\":{\"root_module\":{}}}");
        write("template.json", "{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Resources\": {}}");
        write("main.tf.json", "{\"resource\": {}}");
        write("package.json", "{\"name\": \"x\", \"format_version\": 1}");
        Set<Path> files = Set.of(
                plan, state, dir.resolve("template.json"), dir.resolve("main.tf.json"), dir.resolve("package.json"));
        assertThat(new TerraformPlanFrontend().claim(files))
                .extracting(Unit::primary)
                .containsExactly(plan, state);
    }

    @Test
    void planInTheModuleFolderClaimsTheModuleWithTheLocalModulesItCalls() throws IOException {
        Path plan = write("plan.json", rootPlan());
        Path main = write("main.tf", ROOT_TF);
        Path module = write("modules/ml/main.tf", MODULE_TF);
        List<Unit> units = new TerraformPlanFrontend().claim(Set.of(plan, main, module));
        assertThat(units)
                .singleElement()
                .satisfies(u -> assertThat(u.files()).containsExactlyInAnyOrder(plan, main, module));
    }

    @Test
    void frontendComesBeforeCloudFormation() {
        assertThat(new TerraformPlanFrontend().priority()).isLessThan(100);
    }

    // ---- source lines ----

    @Test
    void withTfFilesValuesPointAtTheAttributeForRootModuleChildModuleAndForEachInstance() {
        PlanFiles.Result r = PlanFiles.scan(
                dir, Map.of("plan.json", rootPlan(), "main.tf", ROOT_TF, "modules/ml/main.tf", MODULE_TF));
        assertThat(r.diagnostics()).isEmpty();

        for (String key : List.of("a", "b")) {
            NotebookInstance nb = r.resource("aws_sagemaker_notebook_instance.team[\"" + key + "\"]");
            assertThat(nb.rootAccess().span().file().getFileName()).hasToString("main.tf");
            assertThat(nb.rootAccess().span().line()).isEqualTo(lineOf(ROOT_TF, "root_access"));
            assertThat(nb.id().declaration().line()).isEqualTo(lineOf(ROOT_TF, "resource \"aws_sagemaker"));
            // not written in the block: the provider's default points at the block
            assertThat(nb.directInternetAccess().span().line())
                    .isEqualTo(nb.id().declaration().line());
        }
        Model model = r.resource("module.ml.aws_sagemaker_model.this[1]");
        Span isolation = model.enableNetworkIsolation().span();
        assertThat(dir.relativize(isolation.file())).hasToString("modules/ml/main.tf");
        assertThat(isolation.line()).isEqualTo(lineOf(MODULE_TF, "enable_network_isolation"));
        assertThat(model.primaryContainer().orElseThrow().span().line())
                .isEqualTo(lineOf(MODULE_TF, "primary_container {"));
    }

    @Test
    void scanReportsEachFindingOnceAtTheTfLine() throws IOException {
        TerraformFiles.write(dir, Map.of("plan.json", rootPlan(), "main.tf", ROOT_TF, "modules/ml/main.tf", MODULE_TF));
        Scanner scanner = new Scanner(List.of(new TerraformPlanFrontend(), new TerraformFrontend()), Rules.all());
        ScanResult result = scanner.scan(ScanRequest.of(List.of(dir)).withRoot(dir));

        List<String> rootAccess = result.findings().stream()
                .filter(f -> f.rule().id().equals("SageMaker.3"))
                .map(f -> dir.relativize(f.location().file()) + ":"
                        + f.location().line() + " " + f.resource().address())
                .toList();
        int line = lineOf(ROOT_TF, "root_access");
        assertThat(rootAccess)
                .containsExactly(
                        "main.tf:" + line + " aws_sagemaker_notebook_instance.team[\"a\"]",
                        "main.tf:" + line + " aws_sagemaker_notebook_instance.team[\"b\"]");
        List<Finding> isolation = result.findings().stream()
                .filter(f -> f.rule().id().equals("SageMaker.5"))
                .toList();
        assertThat(isolation)
                .extracting(f -> f.location().line())
                .containsOnly(lineOf(MODULE_TF, "enable_network_isolation"));
        assertThat(isolation)
                .extracting(f -> f.resource().address())
                .containsExactly("module.ml.aws_sagemaker_model.this[0]", "module.ml.aws_sagemaker_model.this[1]");
    }

    @Test
    void tfRootNamesTheModuleOfAPlanKeptElsewhere() {
        TerraformFiles.write(
                dir,
                Map.of("plans/plan.json", rootPlan(), "infra/main.tf", ROOT_TF, "infra/modules/ml/main.tf", MODULE_TF));
        PlanFiles.Result r = PlanFiles.scan(dir, new TerraformPlanFrontend().withTfRoot(dir.resolve("infra")));
        assertThat(r.units())
                .singleElement()
                .satisfies(u -> assertThat(u.files()).hasSize(3));
        NotebookInstance nb = r.resource("aws_sagemaker_notebook_instance.team[\"a\"]");
        assertThat(dir.relativize(nb.rootAccess().span().file())).hasToString("infra/main.tf");
    }

    @Test
    void planNamedAloneIsLocatedInItsJsonEvenBesideTfFiles() throws IOException {
        Path plan = write("plan.json", rootPlan());
        write("main.tf", ROOT_TF);
        write("modules/ml/main.tf", MODULE_TF);
        TerraformPlanFrontend frontend = new TerraformPlanFrontend();
        List<Unit> units = frontend.claim(Set.of(plan));
        assertThat(units).singleElement().satisfies(u -> assertThat(u.files()).containsExactly(plan));
        UnitResult r = frontend.analyze(units.get(0), new ScanContext(dir, ScanContext.Limits.defaults()));
        assertThat(r.resources())
                .allSatisfy(x -> assertThat(x.id().declaration().file()).isEqualTo(plan));
    }

    @Test
    void withoutTfFilesValuesPointAtThePlanJson() {
        String plan = rootPlan();
        PlanFiles.Result r = PlanFiles.scan(dir, Map.of("plan.json", plan));
        NotebookInstance nb = r.resource("aws_sagemaker_notebook_instance.team[\"b\"]");
        assertThat(nb.rootAccess().span().file().getFileName()).hasToString("plan.json");
        int change = lineOf(plan, "{\"address\": \"aws_sagemaker_notebook_instance.team[\\\"b\\\"]\"");
        assertThat(nb.id().declaration().line()).isEqualTo(change);
        assertThat(nb.rootAccess().span().line()).isEqualTo(change + 3);
        assertThat(nb.subnetId()).isInstanceOf(Prop.Absent.class);
        assertThat(r.addresses()).contains("module.ml.aws_sagemaker_model.this[0]");
    }

    @Test
    void tfFilesThatAreNotThePlansSourceAreScannedOnTheirOwn() {
        String other = """
                resource "aws_sagemaker_model" "unrelated" {
                  name = "u"
                }
                """;
        PlanFiles.Result r = PlanFiles.scan(dir, Map.of("plan.json", rootPlan(), "main.tf", other));
        assertThat(r.codes()).contains(DiagnosticCode.PLAN_SOURCE_MISMATCH);
        assertThat(r.addresses())
                .contains("aws_sagemaker_model.unrelated", "aws_sagemaker_notebook_instance.team[\"a\"]");
        NotebookInstance nb = r.resource("aws_sagemaker_notebook_instance.team[\"a\"]");
        assertThat(nb.rootAccess().span().file().getFileName()).hasToString("plan.json");
    }

    // ---- values ----

    @Test
    void valueKnownOnlyAfterApplyIsUnknownWithTheReason() {
        String plan = """
                {"format_version": "1.2", "terraform_version": "1.7.5",
                 "resource_changes": [{"address": "aws_sagemaker_notebook_instance.nb", "mode": "managed",
                   "type": "aws_sagemaker_notebook_instance", "name": "nb",
                   "change": {"actions": ["create"], "before": null,
                     "after": {"name": "nb", "root_access": "Disabled"},
                     "after_unknown": {"direct_internet_access": true, "platform_identifier": true, "arn": true}}}],
                 "configuration": {"root_module": {"resources": [{"address": "aws_sagemaker_notebook_instance.nb",
                   "mode": "managed", "type": "aws_sagemaker_notebook_instance", "name": "nb", "expressions": {
                     "direct_internet_access": {"references": ["data.aws_ssm_parameter.x.value",
                       "data.aws_ssm_parameter.x"]}}}]}}}
                """;
        NotebookInstance nb =
                PlanFiles.scan(dir, Map.of("plan.json", plan)).resource("aws_sagemaker_notebook_instance.nb");
        assertThat(nb.directInternetAccess()).isInstanceOfSatisfying(Prop.Unknown.class, u -> {
            assertThat(u.expression()).isEqualTo("data.aws_ssm_parameter.x.value");
            assertThat(u.reason()).contains("known only after apply");
            assertThat(u.span().line()).isEqualTo(lineOf(plan, "\"direct_internet_access\": true"));
        });
        // computed by the provider, not set in the configuration: the server-assigned default applies
        assertThat(nb.platformIdentifier()).isInstanceOf(Prop.Absent.class);
        assertThat(nb.rootAccess())
                .isEqualTo(Prop.known("root_access", "Disabled", nb.rootAccess().span()));
    }

    @Test
    void effectiveTagsIncludeProviderDefaultTags() {
        String plan = PlanFiles.plan(
                List.of("aws_sagemaker_image.img"),
                PlanFiles.change(
                        "aws_sagemaker_image.img",
                        "aws_sagemaker_image",
                        "{\"actions\": [\"create\"], \"before\": null, \"after\": {\"image_name\": "
                                + "\"img\", \"tags\": null, \"tags_all\": {\"owner\": \"ml\"}}, \"after_unknown\": {}}"));
        Image image = PlanFiles.scan(dir, Map.of("plan.json", plan)).resource("aws_sagemaker_image.img");
        assertThat(image.tags().effectiveValue()).contains(Map.of("owner", "ml"));
    }

    @Test
    void resourceBeingDeletedIsNotChecked() {
        String plan = PlanFiles.plan(
                List.of("aws_sagemaker_notebook_instance.old"),
                PlanFiles.change(
                        "aws_sagemaker_notebook_instance.old",
                        "aws_sagemaker_notebook_instance",
                        "{\"actions\": [\"delete\"], \"before\": {\"name\": \"old\"}, \"after\": null, "
                                + "\"after_unknown\": {}}"));
        assertThat(PlanFiles.scan(dir, Map.of("plan.json", plan)).resources()).isEmpty();
    }

    @Test
    void replacementAndUpdateBecomePlannedChanges() {
        String plan = PlanFiles.plan(
                List.of("aws_sagemaker_notebook_instance.nb"),
                PlanFiles.change(
                        "aws_sagemaker_notebook_instance.nb",
                        "aws_sagemaker_notebook_instance",
                        "{\"actions\": [\"delete\", \"create\"],\n\"before\": {\"name\": \"nb\", \"volume_size\": 20, "
                                + "\"kms_key_id\": null},\n\"after\": {\"name\": \"nb\", \"volume_size\": 20,\n"
                                + "\"kms_key_id\": \"arn:aws:kms:eu-west-1:111122223333:key/k\"},\n"
                                + "\"after_unknown\": {}, \"replace_paths\": [[\"kms_key_id\"]]}"),
                PlanFiles.change(
                        "module.m.aws_sagemaker_domain.d",
                        "aws_sagemaker_domain",
                        "{\"actions\": [\"update\"],\n\"before\": {\"app_network_access_type\": \"VpcOnly\"},\n"
                                + "\"after\": {\"app_network_access_type\": \"PublicInternetOnly\"},\n"
                                + "\"after_unknown\": {}}"));
        PlanFiles.Result r = PlanFiles.scan(dir, Map.of("plan.json", plan));
        PlannedChange replaced = r.change("aws_sagemaker_notebook_instance.nb");
        assertThat(replaced.isReplacement()).isTrue();
        assertThat(replaced.replacedBy())
                .extracting(PlannedChange.ReplacePath::path)
                .containsExactly("kms_key_id");
        assertThat(replaced.replacedBy().get(0).span().line()).isEqualTo(lineOf(plan, "\"kms_key_id\": \"arn"));
        assertThat(replaced.beforeValue("volume_size")).contains("20");
        assertThat(replaced.after()).isInstanceOf(NotebookInstance.class);

        PlannedChange updated = r.change("module.m.aws_sagemaker_domain.d");
        assertThat(updated.isUpdate()).isTrue();
        assertThat(updated.before()).isPresent();
        assertThat(updated.beforeValue("app_network_access_type")).contains("VpcOnly");
        assertThat(updated.afterValue("app_network_access_type")).contains("PublicInternetOnly");
    }

    @Test
    void creationsAndNoOpsSayWhetherTheResourceExists() {
        String plan = PlanFiles.plan(
                List.of("aws_sagemaker_model.created", "aws_sagemaker_model.kept"),
                PlanFiles.change(
                        "aws_sagemaker_model.created",
                        "aws_sagemaker_model",
                        "{\"actions\": [\"create\"], \"before\": null,\n"
                                + "\"after\": {\"enable_network_isolation\": false}, \"after_unknown\": {}}"),
                PlanFiles.change(
                        "aws_sagemaker_model.kept",
                        "aws_sagemaker_model",
                        "{\"actions\": [\"no-op\"], \"before\": {\"enable_network_isolation\": false},\n"
                                + "\"after\": {\"enable_network_isolation\": false}, \"after_unknown\": {}}"));
        PlanFiles.Result r = PlanFiles.scan(dir, Map.of("plan.json", plan));

        PlannedChange created = r.change("aws_sagemaker_model.created");
        PlannedChange kept = r.change("aws_sagemaker_model.kept");
        assertThat(created.existsBefore()).isFalse();
        assertThat(kept.existsBefore()).isTrue();
        assertThat(List.of(created, kept))
                .allSatisfy(c -> assertThat(c.isReplacement() || c.isUpdate()).isFalse());
        assertThat(created.id())
                .isEqualTo(r.resource("aws_sagemaker_model.created").id());
    }

    @Test
    void stateIsReadWithEveryChildModuleLevel() {
        String state = """
                {"format_version": "1.0", "terraform_version": "1.7.5", "values": {"root_module": {
                  "resources": [{"address": "aws_sagemaker_model.root", "mode": "managed",
                    "type": "aws_sagemaker_model", "name": "root", "values": {"enable_network_isolation": true}},
                   {"address": "aws_s3_bucket.b", "mode": "managed", "type": "aws_s3_bucket", "name": "b",
                    "values": {"bucket": "b"}}],
                  "child_modules": [{"address": "module.a", "child_modules": [{"address": "module.a.module.b[\\"x\\"]",
                    "resources": [{"address": "module.a.module.b[\\"x\\"].aws_sagemaker_model.deep", "mode": "managed",
                      "type": "aws_sagemaker_model", "name": "deep", "index": 0,
                      "values": {"enable_network_isolation": false}}]}]}]}}}
                """;
        PlanFiles.Result r = PlanFiles.scan(dir, Map.of("state.json", state));
        assertThat(r.addresses())
                .containsExactly("aws_sagemaker_model.root", "module.a.module.b[\"x\"].aws_sagemaker_model.deep");
        Model deep = r.resource("module.a.module.b[\"x\"].aws_sagemaker_model.deep");
        assertThat(deep.enableNetworkIsolation().effectiveValue()).contains(false);
    }

    @Test
    void largePlanKeepsOnlyItsSageMakerResources() throws IOException {
        Path plan = dir.resolve("plan.json");
        try (Writer w = Files.newBufferedWriter(plan)) {
            w.write("{\"format_version\": \"1.2\", \"terraform_version\": \"1.7.5\", \"resource_changes\": [\n");
            for (int i = 0; i < 20_000; i++) {
                w.write("{\"address\": \"aws_s3_object.o[" + i + "]\", \"mode\": \"managed\", \"type\": "
                        + "\"aws_s3_object\", \"name\": \"o\", \"index\": " + i + ", \"change\": {\"actions\": "
                        + "[\"create\"], \"before\": null, \"after\": {\"key\": \"k" + i + "\", \"content\": \""
                        + "x".repeat(200) + "\"}, \"after_unknown\": {\"id\": true}}},\n");
            }
            w.write("{\"address\": \"aws_sagemaker_model.m\", \"mode\": \"managed\", \"type\": \"aws_sagemaker_model\","
                    + " \"name\": \"m\", \"change\": {\"actions\": [\"create\"], \"before\": null, \"after\": "
                    + "{\"enable_network_isolation\": true}, \"after_unknown\": {}}}]}\n");
        }
        List<Diagnostic> diagnostics = new java.util.ArrayList<>();
        PlanReader.Document doc = new PlanReader(200).read(plan, diagnostics);
        assertThat(diagnostics).isEmpty();
        assertThat(doc.resourceCount()).isEqualTo(20_001);
        assertThat(doc.resources()).extracting(PlanResource::address).containsExactly("aws_sagemaker_model.m");
    }

    // ---- bad input ----

    @Test
    void unknownMajorFormatVersionIsADiagnostic() throws IOException {
        Path plan = write("plan.json", "{\"format_version\": \"2.0\", \"planned_values\": {\"root_module\": {}}}");
        UnitResult r = analyze(plan);
        assertThat(r.resources()).isEmpty();
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(DiagnosticCode.UNSUPPORTED_FORMAT_VERSION);
            assertThat(d.isError()).isTrue();
            assertThat(d.message()).contains("2.0");
            assertThat(d.line()).isEqualTo(1);
        });
    }

    @Test
    void truncatedPlanIsADiagnostic() throws IOException {
        String whole = rootPlan();
        Path plan = write("plan.json", whole.substring(0, whole.length() / 2));
        UnitResult r = analyze(plan);
        assertThat(r.resources()).isEmpty();
        assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.TRUNCATED);
        assertThat(r.diagnostics().get(0).line()).isPositive();
    }

    @Test
    void jsonThatIsNotAPlanIsADiagnostic() throws IOException {
        for (String text : List.of(
                "[1, 2, 3]",
                "{\"Resources\": {\"Nb\": {\"Type\": \"AWS::SageMaker::Model\"}}}",
                "\"just a string\"",
                "{\"format_version\": \"1.2\", \"resource_changes\": [}")) {
            Path plan = write("plan.json", text);
            UnitResult r = analyze(plan);
            assertThat(r.resources()).as(text).isEmpty();
            assertThat(r.diagnostics())
                    .as(text)
                    .singleElement()
                    .satisfies(d -> assertThat(d.code()).isIn(DiagnosticCode.NOT_A_PLAN, DiagnosticCode.PARSE_ERROR));
        }
    }

    @Test
    void valuesNestedTooDeeplyAreADiagnostic() throws IOException {
        String deep = "[".repeat(300) + "]".repeat(300);
        Path plan = write(
                "plan.json",
                "{\"format_version\": \"1.2\", \"resource_changes\": [{\"address\": "
                        + "\"aws_sagemaker_model.m\", \"type\": \"aws_sagemaker_model\", \"change\": "
                        + "{\"actions\": [\"create\"], \"after\": {\"x\": " + deep + "}}}]}");
        assertThat(analyze(plan).diagnostics())
                .extracting(Diagnostic::code)
                .containsExactly(DiagnosticCode.NESTING_TOO_DEEP);
    }
}
