package dev.sagelint.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagelint.model.Prop;
import dev.sagelint.model.sagemaker.Image;
import dev.sagelint.model.sagemaker.NotebookInstance;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a module's resources read with what its callers pass: optional() defaults and provider default_tags. */
class ModuleCallersTest {

    @TempDir
    Path dir;

    @Test
    void optionalAttributesTakeTheirDefaultsThroughListsAndNestedObjects() {
        var result = TerraformFiles.scan(dir, Map.of("main.tf", """
                variable "notebooks" {
                  type = list(object({
                    name     = string
                    settings = optional(object({
                      root_access = optional(string, "Disabled")
                      kms_key_id  = optional(string)
                    }), {})
                  }))
                  default = [{ name = "a" }, { name = "b", settings = { root_access = "Enabled" } }]
                }
                resource "aws_sagemaker_notebook_instance" "this" {
                  for_each    = { for n in var.notebooks : n.name => n }
                  root_access = each.value.settings.root_access
                  kms_key_id  = each.value.settings.kms_key_id
                }
                """));
        NotebookInstance a = result.resource("aws_sagemaker_notebook_instance.this[\"a\"]");
        NotebookInstance b = result.resource("aws_sagemaker_notebook_instance.this[\"b\"]");
        assertThat(a.rootAccess()).isInstanceOf(Prop.Known.class);
        assertThat(a.rootAccess().effectiveValue()).contains("Disabled");
        assertThat(a.rootAccess().span().line()).isEqualTo(5);
        assertThat(a.kmsKeyId()).isInstanceOf(Prop.Absent.class);
        assertThat(b.rootAccess().effectiveValue()).contains("Enabled");
        assertThat(a.id().note()).isNull();
    }

    @Test
    void defaultTagsFollowAliasesAndTheProvidersAModuleIsGiven() {
        var result = TerraformFiles.scan(dir, Map.of("main.tf", """
                provider "aws" {
                  default_tags {
                    tags = { Team = "ml" }
                  }
                }
                provider "aws" {
                  alias = "bare"
                }
                resource "aws_sagemaker_image" "inherits" {
                  image_name = "a"
                }
                resource "aws_sagemaker_image" "bare" {
                  provider   = aws.bare
                  image_name = "b"
                }
                resource "aws_sagemaker_image" "own_wins" {
                  image_name = "c"
                  tags       = { Team = "data" }
                }
                module "implicit" {
                  source = "./images"
                }
                module "passed" {
                  source    = "./images"
                  providers = { aws = aws.bare }
                }
                """, "images/main.tf", """
                resource "aws_sagemaker_image" "this" {
                  image_name = "m"
                }
                """));
        assertThat(tags(result.resource("aws_sagemaker_image.inherits"))).isEqualTo(Map.of("Team", "ml"));
        assertThat(result.<Image>resource("aws_sagemaker_image.inherits")
                        .tags()
                        .span()
                        .line())
                .isEqualTo(3);
        assertThat(result.<Image>resource("aws_sagemaker_image.bare").tags()).isInstanceOf(Prop.Absent.class);
        assertThat(tags(result.resource("aws_sagemaker_image.own_wins"))).isEqualTo(Map.of("Team", "data"));
        assertThat(tags(result.resource("module.implicit.aws_sagemaker_image.this")))
                .isEqualTo(Map.of("Team", "ml"));
        assertThat(result.<Image>resource("module.passed.aws_sagemaker_image.this")
                        .tags())
                .isInstanceOf(Prop.Absent.class);
        assertThat(result.<Image>resource("module.passed.aws_sagemaker_image.this")
                        .id()
                        .calledFrom()
                        .line())
                .isEqualTo(23);
    }

    private static Map<String, String> tags(Image image) {
        return image.tags().effectiveValue().orElseThrow();
    }
}
