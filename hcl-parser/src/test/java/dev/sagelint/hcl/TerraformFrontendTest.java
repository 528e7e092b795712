package dev.sagelint.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.DiagnosticCode;
import dev.sagelint.engine.Unit;
import dev.sagelint.model.Prop;
import dev.sagelint.model.sagemaker.EndpointConfig;
import dev.sagelint.model.sagemaker.Model;
import dev.sagelint.model.sagemaker.NotebookInstance;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Units, variables and their precedence, count/for_each, dynamic blocks, modules and bad input. */
class TerraformFrontendTest {

    @TempDir
    Path dir;

    private static final String NOTEBOOK = """
            variable "root" {
              default = "Enabled"
            }
            resource "aws_sagemaker_notebook_instance" "nb" {
              name        = "nb"
              root_access = var.root
            }
            """;

    private static String value(Prop<?> p) {
        return p instanceof Prop.Known<?> k ? String.valueOf(k.value()) : p.toString();
    }

    @Test
    void variableDefaultApplies() {
        NotebookInstance nb = TerraformFiles.scan(dir, NOTEBOOK).resource("aws_sagemaker_notebook_instance.nb");
        assertThat(value(nb.rootAccess())).isEqualTo("Enabled");
        assertThat(nb.rootAccess().span().line()).isEqualTo(2);
    }

    @Test
    void tfvarsOverrideDefaultsInTerraformOrder() {
        var result = TerraformFiles.scan(
                dir,
                Map.of(
                        "main.tf", NOTEBOOK,
                        "terraform.tfvars", "root = \"FromTfvars\"\n",
                        "b.auto.tfvars.json", "{\"root\": \"FromAutoJson\"}",
                        "a.auto.tfvars", "root = \"FromAuto\"\n"));
        NotebookInstance nb = result.resource("aws_sagemaker_notebook_instance.nb");
        assertThat(value(nb.rootAccess())).isEqualTo("FromAutoJson");
        assertThat(nb.rootAccess().span().file().getFileName().toString()).isEqualTo("b.auto.tfvars.json");
    }

    @Test
    void extraVarFilesWinOverEverything() {
        TerraformFiles.write(
                dir,
                Map.of(
                        "root/main.tf",
                        NOTEBOOK,
                        "root/terraform.tfvars",
                        "root = \"A\"\n",
                        "prod.tfvars",
                        "root = \"Disabled\"\n"));
        var result =
                TerraformFiles.scan(dir.resolve("root"), new TerraformFrontend(List.of(dir.resolve("prod.tfvars"))));
        NotebookInstance nb = result.resource("aws_sagemaker_notebook_instance.nb");
        assertThat(value(nb.rootAccess())).isEqualTo("Disabled");
        assertThat(nb.rootAccess().span().line()).isEqualTo(1);
    }

    @Test
    void variableWithoutValueIsUnknownWithItsValidationValues() {
        NotebookInstance nb = TerraformFiles.scan(dir, """
                variable "root" {
                  type = string
                  validation {
                    condition     = contains(["Enabled", "Disabled"], var.root)
                    error_message = "no"
                  }
                }
                resource "aws_sagemaker_notebook_instance" "nb" {
                  root_access = var.root
                }
                """).resource("aws_sagemaker_notebook_instance.nb");
        Prop.Unknown<String> u = (Prop.Unknown<String>) nb.rootAccess();
        assertThat(u.expression()).isEqualTo("var.root");
        assertThat(u.reason()).isEqualTo("variable root has no default and no value in tfvars");
        assertThat(u.possibleValues()).extracting(Prop.Possible::value).containsExactly("Enabled", "Disabled");
        assertThat(u.possibleValues().get(0).span().line()).isEqualTo(4);
        assertThat(u.span().line()).isEqualTo(9);
    }

    @Test
    void countAndForEachGiveEachInstanceItsAddress() {
        var result = TerraformFiles.scan(dir, """
                locals {
                  teams = { b = "Disabled", a = "Enabled" }
                }
                resource "aws_sagemaker_notebook_instance" "counted" {
                  count       = 2
                  name        = "nb-${count.index}"
                  root_access = count.index == 0 ? "Enabled" : "Disabled"
                }
                resource "aws_sagemaker_notebook_instance" "each" {
                  for_each    = local.teams
                  root_access = each.value
                }
                resource "aws_sagemaker_notebook_instance" "set" {
                  for_each = toset(["x"])
                  name     = each.key
                }
                resource "aws_sagemaker_notebook_instance" "none" {
                  count = 0
                }
                """);
        assertThat(result.addresses())
                .containsExactly(
                        "aws_sagemaker_notebook_instance.counted[0]",
                        "aws_sagemaker_notebook_instance.counted[1]",
                        "aws_sagemaker_notebook_instance.each[\"a\"]",
                        "aws_sagemaker_notebook_instance.each[\"b\"]",
                        "aws_sagemaker_notebook_instance.set[\"x\"]",
                        "aws_sagemaker_notebook_instance.none");
        assertThat(result.resource("aws_sagemaker_notebook_instance.counted[0]")
                        .id()
                        .note())
                .isNull();
        assertThat(result.resource("aws_sagemaker_notebook_instance.none").id().note())
                .contains("has no instance")
                .contains("`count` is `0`");
        NotebookInstance a = result.resource("aws_sagemaker_notebook_instance.each[\"a\"]");
        assertThat(value(a.rootAccess())).isEqualTo("Enabled");
        assertThat(a.rootAccess().span().line()).isEqualTo(2);
        NotebookInstance c1 = result.resource("aws_sagemaker_notebook_instance.counted[1]");
        assertThat(value(c1.rootAccess())).isEqualTo("Disabled");
    }

    @Test
    void dynamicBlocksExpand() {
        EndpointConfig config = TerraformFiles.scan(dir, """
                variable "variants" {
                  default = { blue = 1, green = 3 }
                }
                resource "aws_sagemaker_endpoint_configuration" "ec" {
                  dynamic "production_variants" {
                    for_each = var.variants
                    iterator = v
                    content {
                      variant_name           = v.key
                      initial_instance_count = v.value
                    }
                  }
                }
                """).resource("aws_sagemaker_endpoint_configuration.ec");
        assertThat(config.productionVariants())
                .extracting(pv -> value(pv.name()))
                .containsExactly("blue", "green");
        assertThat(config.productionVariants())
                .extracting(pv -> value(pv.initialInstanceCount()))
                .containsExactly("1", "3");
        assertThat(config.productionVariants().get(0).initialInstanceCount().path())
                .isEqualTo("production_variants[0].initial_instance_count");
        assertThat(config.productionVariants()
                        .get(0)
                        .initialInstanceCount()
                        .span()
                        .line())
                .isEqualTo(2);
    }

    @Test
    void localModuleGetsItsInputsAndModuleAddress() {
        var result = TerraformFiles.scan(
                dir,
                Map.of(
                        "main.tf", """
                        module "ml" {
                          source   = "./modules/ml"
                          isolated = false
                        }
                        module "many" {
                          source   = "./modules/ml"
                          for_each = toset(["a"])
                          isolated = true
                        }
                        module "remote" {
                          source = "terraform-aws-modules/sagemaker/aws"
                        }
                        """,
                        "modules/ml/main.tf", """
                        variable "isolated" {
                          type = bool
                        }
                        resource "aws_sagemaker_model" "this" {
                          enable_network_isolation = var.isolated
                        }
                        """));
        assertThat(result.units())
                .extracting(Unit::primary)
                .containsExactly(dir.toAbsolutePath().normalize());
        assertThat(result.addresses())
                .containsExactly("module.ml.aws_sagemaker_model.this", "module.many[\"a\"].aws_sagemaker_model.this");
        Model m = result.resource("module.ml.aws_sagemaker_model.this");
        assertThat(value(m.enableNetworkIsolation())).isEqualTo("false");
        assertThat(m.enableNetworkIsolation().span().file().getFileName().toString())
                .isEqualTo("main.tf");
        assertThat(m.enableNetworkIsolation().span().line()).isEqualTo(3);
        assertThat(m.id().declaration().file().toString()).endsWith("modules/ml/main.tf");
        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.REMOTE_MODULE);
        assertThat(result.diagnostics().get(0).line()).isEqualTo(11);
    }

    @Test
    void claimsTerraformSourceButNotPlanJson() {
        TerraformFiles.write(
                dir,
                Map.of(
                        "a/main.tf",
                        "",
                        "a/x.tf.json",
                        "{}",
                        "a/terraform.tfvars",
                        "",
                        "a/plan.json",
                        "{}",
                        "b/only.tfvars",
                        "",
                        "c/main.tf",
                        ""));
        var units = new TerraformFrontend()
                .claim(java.util.Set.of(
                        dir.resolve("a/main.tf"),
                        dir.resolve("a/x.tf.json"),
                        dir.resolve("a/terraform.tfvars"),
                        dir.resolve("a/plan.json"),
                        dir.resolve("b/only.tfvars"),
                        dir.resolve("c/main.tf")));
        assertThat(units).hasSize(2);
        assertThat(units.get(0).files())
                .extracting(p -> p.getFileName().toString())
                .containsExactly("main.tf", "terraform.tfvars", "x.tf.json");
    }

    @Test
    void tfJsonIsReadLikeHcl() {
        var result = TerraformFiles.scan(dir, Map.of("main.tf.json", """
                {
                  "variable": {"root": {"default": "Enabled"}},
                  "resource": {
                    "aws_sagemaker_notebook_instance": {
                      "nb": {
                        "root_access": "${var.root}",
                        "direct_internet_access": "Disabled",
                        "instance_metadata_service_configuration": {
                          "minimum_instance_metadata_service_version": "2"
                        }
                      }
                    }
                  }
                }
                """));
        NotebookInstance nb = result.resource("aws_sagemaker_notebook_instance.nb");
        assertThat(value(nb.rootAccess())).isEqualTo("Enabled");
        assertThat(value(nb.directInternetAccess())).isEqualTo("Disabled");
        assertThat(value(nb.minimumImdsVersion())).isEqualTo("2");
        assertThat(nb.id().declaration().line()).isEqualTo(5);
        assertThat(nb.directInternetAccess().span().line()).isEqualTo(7);
    }

    @Test
    void aSyntaxErrorLeavesTheRestOfTheDirectoryAnalyzed() {
        var result = TerraformFiles.scan(
                dir,
                Map.of(
                        "broken.tf", "resource \"aws_sagemaker_model\" \"x\" {\n  name = = 1\n}\n",
                        "bad.tf.json", "{\"resource\": [}",
                        "main.tf", NOTEBOOK));
        assertThat(result.addresses()).containsExactly("aws_sagemaker_notebook_instance.nb");
        assertThat(result.diagnostics())
                .filteredOn(d -> d.code() == DiagnosticCode.PARSE_ERROR)
                .extracting(d -> d.file().getFileName().toString() + ":" + d.line())
                .contains("broken.tf:2", "bad.tf.json:1");
    }

    @Test
    void longOperatorChainsDoNotOverflowTheStack() {
        String chain = String.join(" + ", java.util.Collections.nCopies(30_000, "1"));
        var result = TerraformFiles.scan(
                dir,
                "resource \"aws_sagemaker_endpoint_configuration\" \"ec\" {\n"
                        + "  production_variants {\n    initial_instance_count = " + chain + "\n  }\n}\n");
        EndpointConfig ec = result.resource("aws_sagemaker_endpoint_configuration.ec");
        assertThat(value(ec.productionVariants().get(0).initialInstanceCount())).isEqualTo("30000");
        assertThat(result.diagnostics()).isEmpty();
    }
}
