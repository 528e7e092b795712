package dev.sagelint.hcl.plan;

import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.DiagnosticCode;
import dev.sagelint.engine.Unit;
import dev.sagelint.hcl.TerraformFiles;
import dev.sagelint.model.sagemaker.PlannedChange;
import dev.sagelint.model.sagemaker.SageMakerResource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Writes plans (and their {@code .tf} files) into a folder and reads them through the plan front-end. */
final class PlanFiles {

    /** What the front-end read. */
    record Result(List<SageMakerResource> resources, List<Diagnostic> diagnostics, List<Unit> units) {
        @SuppressWarnings("unchecked")
        <T extends SageMakerResource> T resource(String address) {
            return (T) resources.stream()
                    .filter(r -> !(r instanceof PlannedChange))
                    .filter(r -> r.id().address().equals(address))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no resource " + address + " in " + addresses()));
        }

        PlannedChange change(String address) {
            return resources.stream()
                    .filter(r -> r instanceof PlannedChange)
                    .map(r -> (PlannedChange) r)
                    .filter(r -> r.id().address().equals(address))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no change of " + address));
        }

        List<String> addresses() {
            return resources.stream().map(r -> r.id().address()).toList();
        }

        List<DiagnosticCode> codes() {
            return diagnostics.stream().map(Diagnostic::code).toList();
        }
    }

    private PlanFiles() {}

    static Result scan(Path dir, Map<String, String> files) {
        TerraformFiles.write(dir, files);
        return scan(dir, new TerraformPlanFrontend());
    }

    static Result scan(Path dir, TerraformPlanFrontend frontend) {
        TerraformFiles.Result read = TerraformFiles.scan(dir, frontend);
        return new Result(read.resources(), read.diagnostics(), read.units());
    }

    /**
     * A plan with the given {@code resource_changes} entries, each written on its own lines, and a configuration
     * that declares {@code rootResources} in the root module.
     */
    static String plan(List<String> rootResources, String... changes) {
        StringBuilder sb = new StringBuilder("{\n\"format_version\": \"1.2\",\n\"terraform_version\": \"1.7.5\",\n");
        sb.append("\"resource_changes\": [\n")
                .append(String.join(",\n", changes))
                .append("\n],\n");
        sb.append("\"configuration\": {\"root_module\": {\"resources\": [");
        for (int i = 0; i < rootResources.size(); i++) {
            String[] typeName = rootResources.get(i).split("\\.");
            sb.append(i == 0 ? "" : ",")
                    .append("{\"address\": \"")
                    .append(rootResources.get(i))
                    .append("\", \"mode\": \"managed\", \"type\": \"")
                    .append(typeName[0])
                    .append("\", \"name\": \"")
                    .append(typeName[1])
                    .append("\", \"expressions\": {}}");
        }
        return sb.append("]}}\n}\n").toString();
    }

    /** One {@code resource_changes} entry; {@code change} is the JSON of its {@code change} object. */
    static String change(String address, String type, String change) {
        String bare = address.replaceAll("\\[[^\\]]*\\]", "");
        String name = bare.substring(bare.lastIndexOf('.') + 1);
        return "{\"address\": \"" + address.replace("\"", "\\\"") + "\", \"mode\": \"managed\", \"type\": \"" + type
                + "\", \"name\": \"" + name + "\",\n\"change\": " + change + "}";
    }
}
