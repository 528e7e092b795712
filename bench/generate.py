#!/usr/bin/env python3
"""Writes the corpora of the whole-process benchmark (bench/run.sh) into a folder, one subfolder per corpus.

Usage: generate.py OUT CORPUS...   where CORPUS is one of
  cfn-json-N    N CloudFormation templates in JSON (4 SageMaker resources each, half of them insecure)
  cfn-yaml-N    the same N templates in YAML, with short-form tags (!Ref, !If, !GetAtt)
  tf-tree-N     a Terraform root module with N SageMaker resources through nested local modules
                (root -> workload -> notebooks, root -> workload -> endpoint; count and for_each)
  tf-file-MB    one .tf file of about MB megabytes (notebook instances)
  plan-MB       one Terraform plan JSON (terraform show -json) of about MB megabytes
  cdk-N         a CDK cloud assembly (cdk.out) with N stacks of 8 resources each
  one-file      one CloudFormation YAML template (the pre-commit case)
A corpus already present (its .done marker written) is kept. The output is deterministic: same names, same bytes.
"""
import json
import os
import sys

ACCOUNT = "111122223333"
ROLE = f"arn:aws:iam::{ACCOUNT}:role/sagemaker"
KEY = f"arn:aws:kms:eu-west-1:{ACCOUNT}:key/00000000-0000-4000-8000-"


def template(i):
    """One CloudFormation template as a dict; odd templates are insecure."""
    insecure = i % 2 == 1
    notebook = {
        "InstanceType": {"Ref": "InstanceType"},
        "RoleArn": ROLE,
        "VolumeSizeInGB": 20 + i % 5,
    }
    if not insecure:
        notebook.update({
            "DirectInternetAccess": "Disabled",
            "RootAccess": "Disabled",
            "SubnetId": f"subnet-{i:08x}",
            "SecurityGroupIds": [f"sg-{i:08x}"],
            "KmsKeyId": KEY + f"{i:012d}",
        })
    model = {
        "ExecutionRoleArn": ROLE,
        "PrimaryContainer": {"Image": f"{ACCOUNT}.dkr.ecr.eu-west-1.amazonaws.com/model:{i}"},
        "EnableNetworkIsolation": {"Fn::If": ["Isolated", True, False]},
    }
    endpoint_config = {
        "ProductionVariants": [{
            "ModelName": {"Fn::GetAtt": ["Model", "ModelName"]},
            "VariantName": "primary",
            "InitialInstanceCount": 1 if insecure else 2,
            "InstanceType": "ml.m5.large",
        }],
    }
    if not insecure:
        endpoint_config["KmsKeyId"] = KEY + f"{i:012d}"
    domain = {
        "AuthMode": "IAM",
        "DomainName": f"domain-{i}",
        "DefaultUserSettings": {"ExecutionRole": ROLE},
        "SubnetIds": [f"subnet-{i:08x}"],
        "VpcId": f"vpc-{i:08x}",
        "AppNetworkAccessType": "PublicInternetOnly" if insecure else "VpcOnly",
    }
    return {
        "AWSTemplateFormatVersion": "2010-09-09",
        "Description": f"Generated benchmark template {i}",
        "Parameters": {
            "InstanceType": {"Type": "String", "Default": "ml.t3.medium"},
            "Isolation": {"Type": "String", "Default": "on" if not insecure else "off",
                          "AllowedValues": ["on", "off"]},
        },
        "Conditions": {"Isolated": {"Fn::Equals": [{"Ref": "Isolation"}, "on"]}},
        "Resources": {
            "Notebook": {"Type": "AWS::SageMaker::NotebookInstance", "Properties": notebook},
            "Model": {"Type": "AWS::SageMaker::Model", "Properties": model},
            "EndpointConfig": {"Type": "AWS::SageMaker::EndpointConfig", "Properties": endpoint_config},
            "Domain": {"Type": "AWS::SageMaker::Domain", "Properties": domain},
        },
    }


def yaml_scalar(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return json.dumps(value)


def to_yaml(value, indent=0):
    """YAML with CloudFormation's short-form tags for Ref, Fn::If, Fn::GetAtt and Fn::Equals."""
    pad = "  " * indent
    lines = []
    if isinstance(value, dict):
        for key, item in value.items():
            tagged = short_form(item)
            if tagged is not None:
                lines.append(f"{pad}{key}: {tagged}")
            elif isinstance(item, (dict, list)) and item:
                lines.append(f"{pad}{key}:")
                lines.append(to_yaml(item, indent + 1))
            else:
                lines.append(f"{pad}{key}: {yaml_scalar(item)}")
    else:
        for item in value:
            tagged = short_form(item)
            if tagged is not None:
                lines.append(f"{pad}- {tagged}")
            elif isinstance(item, dict):
                body = to_yaml(item, indent + 1).split("\n")
                lines.append(f"{pad}- {body[0].strip()}")
                lines.extend(body[1:])
            else:
                lines.append(f"{pad}- {yaml_scalar(item)}")
    return "\n".join(lines)


def short_form(value):
    if not isinstance(value, dict) or len(value) != 1:
        return None
    (name, arg), = value.items()
    if name == "Ref":
        return f"!Ref {arg}"
    if name == "Fn::GetAtt":
        return f"!GetAtt {arg[0]}.{arg[1]}"
    if name in ("Fn::If", "Fn::Equals"):
        return f"!{name[4:]} [" + ", ".join(short_form(a) or yaml_scalar(a) for a in arg) + "]"
    return None


def cfn(out, n, fmt):
    for i in range(n):
        sub = os.path.join(out, f"{i // 1000:03d}")
        os.makedirs(sub, exist_ok=True)
        t = template(i)
        text = json.dumps(t, indent=2) if fmt == "json" else to_yaml(t)
        with open(os.path.join(sub, f"t{i:06d}.{fmt}"), "w") as f:
            f.write(text + "\n")


TF_NOTEBOOKS = """variable "name" { type = string }
variable "instances" { type = number }
variable "secure" { type = bool }

resource "aws_sagemaker_notebook_instance" "nb" {
  count                  = var.instances
  name                   = "${var.name}-${count.index}"
  role_arn               = "%s"
  instance_type          = "ml.t3.medium"
  direct_internet_access = var.secure ? "Disabled" : "Enabled"
  root_access            = var.secure ? "Disabled" : "Enabled"
  subnet_id              = var.secure ? "subnet-0a1b2c3d" : null
  security_groups        = var.secure ? ["sg-0a1b2c3d"] : []
  kms_key_id             = var.secure ? "%s000000000001" : null
}
""" % (ROLE, KEY)

TF_ENDPOINT = """variable "name" { type = string }
variable "secure" { type = bool }

resource "aws_sagemaker_model" "m" {
  name                     = "${var.name}-model"
  execution_role_arn       = "%s"
  enable_network_isolation = var.secure
  primary_container {
    image = "%s.dkr.ecr.eu-west-1.amazonaws.com/model:latest"
  }
}

resource "aws_sagemaker_endpoint_configuration" "ec" {
  name        = "${var.name}-config"
  kms_key_arn = var.secure ? "%s000000000002" : null
  production_variants {
    variant_name           = "primary"
    model_name             = aws_sagemaker_model.m.name
    initial_instance_count = var.secure ? 2 : 1
    instance_type          = "ml.m5.large"
  }
}
""" % (ROLE, ACCOUNT, KEY)

TF_WORKLOAD = """variable "name" { type = string }
variable "secure" { type = bool }
variable "teams" { type = map(number) }

locals {
  prefix = "wl-${var.name}"
}

module "notebooks" {
  source    = "../notebooks"
  for_each  = var.teams
  name      = "${local.prefix}-${each.key}"
  instances = each.value
  secure    = var.secure
}

module "endpoint" {
  source = "../endpoint"
  name   = local.prefix
  secure = var.secure
}

resource "aws_sagemaker_feature_group" "fg" {
  feature_group_name             = "${local.prefix}-features"
  record_identifier_feature_name = "id"
  event_time_feature_name        = "time"
  role_arn                       = "%s"
  feature_definition {
    feature_name = "id"
    feature_type = "String"
  }
  feature_definition {
    feature_name = "time"
    feature_type = "String"
  }
  online_store_config {
    enable_online_store = true
  }
}
""" % ROLE


def tf_tree(out, n):
    """n resources: each workload call makes 3 (feature group, model, endpoint configuration) plus 7 notebooks."""
    modules = os.path.join(out, "modules")
    for name, text in (("notebooks", TF_NOTEBOOKS), ("endpoint", TF_ENDPOINT), ("workload", TF_WORKLOAD)):
        os.makedirs(os.path.join(modules, name), exist_ok=True)
        with open(os.path.join(modules, name, "main.tf"), "w") as f:
            f.write(text)
    calls = max(1, n // 10)
    per_file = 100
    for start in range(0, calls, per_file):
        with open(os.path.join(out, f"workloads_{start // per_file:03d}.tf"), "w") as f:
            for i in range(start, min(calls, start + per_file)):
                f.write(f'module "w{i:05d}" {{\n  source = "./modules/workload"\n  name   = "w{i}"\n'
                        f'  secure = {"true" if i % 2 == 0 else "false"}\n'
                        f'  teams  = {{ research = 4, reporting = 3 }}\n}}\n\n')
    with open(os.path.join(out, "providers.tf"), "w") as f:
        f.write('provider "aws" {\n  region = "eu-west-1"\n}\n')


def tf_file(out, megabytes):
    os.makedirs(out, exist_ok=True)
    target = megabytes * 1024 * 1024
    written = 0
    i = 0
    with open(os.path.join(out, "main.tf"), "w") as f:
        while written < target:
            secure = i % 2 == 0
            block = (f'resource "aws_sagemaker_notebook_instance" "nb{i:07d}" {{\n'
                     f'  name                   = "notebook-{i}"\n'
                     f'  role_arn               = "{ROLE}"\n'
                     f'  instance_type          = "ml.t3.medium"\n'
                     f'  direct_internet_access = "{"Disabled" if secure else "Enabled"}"\n'
                     f'  root_access            = "{"Disabled" if secure else "Enabled"}"\n'
                     f'  volume_size            = {5 + i % 20}\n'
                     f'  tags = {{\n    team = "t{i % 50}"\n  }}\n}}\n\n')
            f.write(block)
            written += len(block)
            i += 1


def plan(out, megabytes):
    """A plan JSON whose resource_changes and planned_values list notebook instances, written as a stream."""
    os.makedirs(out, exist_ok=True)
    target = megabytes * 1024 * 1024
    path = os.path.join(out, "plan.json")

    def values(i):
        secure = i % 2 == 0
        return {
            "name": f"notebook-{i}", "role_arn": ROLE, "instance_type": "ml.t3.medium",
            "direct_internet_access": "Disabled" if secure else "Enabled",
            "root_access": "Disabled" if secure else "Enabled",
            "subnet_id": "subnet-0a1b2c3d" if secure else None,
            "security_groups": ["sg-0a1b2c3d"] if secure else [],
            "kms_key_id": KEY + "000000000001" if secure else None,
            "volume_size": 5, "tags": {"team": f"t{i % 50}"}, "tags_all": {"team": f"t{i % 50}"},
        }

    def planned(i):
        return json.dumps({
            "address": f"aws_sagemaker_notebook_instance.nb[{i}]", "mode": "managed",
            "type": "aws_sagemaker_notebook_instance", "name": "nb", "index": i,
            "provider_name": "registry.terraform.io/hashicorp/aws", "schema_version": 0,
            "values": values(i), "sensitive_values": {}})

    def change(i):
        return json.dumps({
            "address": f"aws_sagemaker_notebook_instance.nb[{i}]", "mode": "managed",
            "type": "aws_sagemaker_notebook_instance", "name": "nb", "index": i,
            "provider_name": "registry.terraform.io/hashicorp/aws",
            "change": {"actions": ["create"], "before": None, "after": values(i),
                       "after_unknown": {"arn": True, "id": True, "url": True}}})

    # Each resource appears twice, in planned_values and in resource_changes.
    per_resource = sum(len(planned(i)) + len(change(i)) + 2 for i in (100000, 100001)) // 2
    count = max(1, target // per_resource)
    with open(path, "w") as f:
        f.write('{"format_version":"1.2","terraform_version":"1.9.8","planned_values":{"root_module":{"resources":[')
        for i in range(count):
            if i:
                f.write(",")
            f.write(planned(i))
        f.write(']}},"resource_changes":[')
        for i in range(count):
            if i:
                f.write(",")
            f.write(change(i))
        f.write('],"configuration":{"provider_config":{"aws":{"name":"aws",'
                '"full_name":"registry.terraform.io/hashicorp/aws"}},"root_module":{}}}\n')


def cdk(out, stacks):
    os.makedirs(out, exist_ok=True)
    artifacts = {}
    for s in range(stacks):
        name = f"Stack{s:02d}"
        resources = {}
        for i in range(2):
            base = template(s * 2 + i)["Resources"]
            for logical, resource in base.items():
                props = json.loads(json.dumps(resource["Properties"])
                                   .replace('{"Ref": "InstanceType"}', '"ml.t3.medium"')
                                   .replace('{"Fn::If": ["Isolated", true, false]}', "true"))
                if "ModelName" in json.dumps(props):
                    props["ProductionVariants"][0]["ModelName"] = {"Fn::GetAtt": [f"Model{i}", "ModelName"]}
                resources[f"{logical}{i}"] = {
                    "Type": resource["Type"], "Properties": props,
                    "Metadata": {"aws:cdk:path": f"{name}/{logical}{i}/Resource"}}
        with open(os.path.join(out, f"{name}.template.json"), "w") as f:
            json.dump({"Resources": resources}, f, indent=1)
        artifacts[name] = {
            "type": "aws:cloudformation:stack", "environment": f"aws://{ACCOUNT}/eu-west-1",
            "properties": {"templateFile": f"{name}.template.json", "validateOnSynth": False},
            "displayName": name}
    with open(os.path.join(out, "manifest.json"), "w") as f:
        json.dump({"version": "55.0.0", "artifacts": artifacts}, f, indent=1)
    with open(os.path.join(out, "cdk.out"), "w") as f:
        f.write('{"version":"55.0.0"}')


def one_file(out):
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "notebook.yaml"), "w") as f:
        f.write(to_yaml(template(1)) + "\n")


def generate(root, corpus):
    out = os.path.join(root, corpus)
    done = os.path.join(root, f".{corpus}.done")
    if os.path.exists(done):
        return
    kind, _, size = corpus.rpartition("-") if corpus != "one-file" else ("one-file", "", "")
    if kind == "cfn-json":
        cfn(out, int(size), "json")
    elif kind == "cfn-yaml":
        cfn(out, int(size), "yaml")
    elif kind == "tf-tree":
        tf_tree(out, int(size))
    elif kind == "tf-file":
        tf_file(out, int(size))
    elif kind == "plan":
        plan(out, int(size))
    elif kind == "cdk":
        cdk(os.path.join(out, "cdk.out"), int(size))
    elif kind == "one-file":
        one_file(out)
    else:
        sys.exit(f"generate.py: unknown corpus {corpus}")
    open(done, "w").close()


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    for name in sys.argv[2:]:
        generate(sys.argv[1], name)
