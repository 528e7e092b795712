package dev.sagelint.hcl.plan;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import dev.sagelint.engine.Diagnostic;
import dev.sagelint.engine.DiagnosticCode;
import dev.sagelint.hcl.adapt.ResourceAdapters;
import dev.sagelint.model.Span;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the JSON that {@code terraform show -json} writes for a plan or a state
 * (https://developer.hashicorp.com/terraform/internals/json-format) in one streaming pass. Only the SageMaker
 * resources (the types {@link ResourceAdapters} maps) are built into {@link Node}s, one resource at a time; every
 * other value is skipped by the parser without being held, so a plan of several hundred megabytes costs the memory
 * of its SageMaker resources, not of the file.
 *
 * <p>Sections read: {@code format_version} (major 0 and 1 are understood; the format promises to bump the major
 * version for incompatible changes, and asks readers to reject unknown majors), {@code planned_values} and
 * {@code values} (state) with every {@code child_modules} level, {@code resource_changes}, {@code prior_state} and
 * {@code configuration}. The reader never throws on input: bad input becomes a diagnostic and an empty document.
 */
final class PlanReader {

    private static final JsonFactory FACTORY = new JsonFactory();

    private final int maxNestingDepth;

    PlanReader(int maxNestingDepth) {
        this.maxNestingDepth = maxNestingDepth;
    }

    /**
     * What was read.
     *
     * @param resources            the SageMaker resource instances, resource changes first, in file order
     * @param configExpressions    {@code configuration} expressions of each SageMaker resource, by address without
     *                             instance keys ({@code module.ml.aws_sagemaker_model.this})
     * @param configRootResources  the managed resources the configuration declares in the root module
     *                             ({@code type.name}), or null when the document has no {@code configuration}
     * @param resourceCount        how many resource objects of any type the document describes
     */
    record Document(
            List<PlanResource> resources,
            Map<String, Node> configExpressions,
            Set<String> configRootResources,
            int resourceCount) {
        static Document empty() {
            return new Document(List.of(), Map.of(), null, 0);
        }
    }

    /** Thrown inside the reader when a document must not be read further; the diagnostic is already recorded. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    Document read(Path file, List<Diagnostic> diagnostics) {
        try (InputStream in = Files.newInputStream(file);
                JsonParser parser = FACTORY.createParser(in)) {
            return new Run(file, parser, diagnostics).document();
        } catch (Stop e) {
            return Document.empty();
        } catch (JsonEOFException e) {
            JsonLocation at = e.getLocation();
            diagnostics.add(Diagnostic.error(
                    DiagnosticCode.TRUNCATED,
                    "the plan ends before its JSON is complete (the file " + "looks cut off); it is not analyzed",
                    file,
                    line(at),
                    column(at)));
            return Document.empty();
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            diagnostics.add(Diagnostic.error(
                    DiagnosticCode.PARSE_ERROR,
                    "the plan is not valid JSON: " + e.getOriginalMessage() + "; it is not analyzed",
                    file,
                    line(at),
                    column(at)));
            return Document.empty();
        } catch (IOException e) {
            diagnostics.add(
                    Diagnostic.error(DiagnosticCode.IO_ERROR, "cannot read file: " + e.getMessage(), file, 0, 0));
            return Document.empty();
        }
    }

    private static int line(JsonLocation at) {
        return at == null ? 0 : Math.max(0, at.getLineNr());
    }

    private static int column(JsonLocation at) {
        return at == null ? 0 : Math.max(0, at.getColumnNr());
    }

    /** One pass over one document. */
    private final class Run {
        private final Path file;
        private final JsonParser p;
        private final List<Diagnostic> diagnostics;
        private final Map<String, PlanResource> planned = new LinkedHashMap<>();
        private final Map<String, PlanResource> changes = new LinkedHashMap<>();
        private final Map<String, PlanResource> prior = new HashMap<>();
        private final Map<String, PlanResource> state = new LinkedHashMap<>();
        private final Map<String, Node> configExpressions = new HashMap<>();
        private Set<String> configRoot;
        private int resourceCount;

        Run(Path file, JsonParser p, List<Diagnostic> diagnostics) {
            this.file = file;
            this.p = p;
            this.diagnostics = diagnostics;
        }

        Document document() throws IOException {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw stop(
                        DiagnosticCode.NOT_A_PLAN,
                        "the file is JSON but not a Terraform plan or state: `terraform show -json` "
                                + "writes one object",
                        p.currentTokenLocation());
            }
            String formatVersion = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonLocation at = p.currentTokenLocation();
                p.nextToken();
                switch (field) {
                    case "format_version" -> {
                        formatVersion = p.getValueAsString();
                        checkVersion(formatVersion, at);
                    }
                    case "planned_values" ->
                        inObject(name -> {
                            if (name.equals("root_module")) module(planned, 0);
                            else p.skipChildren();
                        });
                    case "values" ->
                        inObject(name -> {
                            if (name.equals("root_module")) module(state, 0);
                            else p.skipChildren();
                        });
                    case "prior_state" ->
                        inObject(name -> {
                            if (name.equals("values")) {
                                inObject(n -> {
                                    if (n.equals("root_module")) module(prior, 0);
                                    else p.skipChildren();
                                });
                            } else {
                                p.skipChildren();
                            }
                        });
                    case "resource_changes" -> inArray(this::change);
                    case "configuration" ->
                        inObject(name -> {
                            if (name.equals("root_module")) configModule("", 0);
                            else p.skipChildren();
                        });
                    default -> p.skipChildren();
                }
            }
            if (formatVersion == null) {
                throw stop(
                        DiagnosticCode.NOT_A_PLAN,
                        "the JSON has no `format_version`, so it is not the output of "
                                + "`terraform show -json` (a plan or a state)",
                        null);
            }
            List<PlanResource> out = new ArrayList<>();
            for (PlanResource r : changes.values()) {
                PlanResource before = prior.get(r.address());
                out.add(r.before() == null && before != null ? r.withBefore(before.after()) : r);
            }
            planned.values().stream()
                    .filter(r -> !changes.containsKey(r.address()))
                    .forEach(out::add);
            state.values().stream()
                    .filter(r -> !changes.containsKey(r.address()) && !planned.containsKey(r.address()))
                    .forEach(out::add);
            return new Document(out, configExpressions, configRoot, resourceCount);
        }

        private void checkVersion(String version, JsonLocation at) {
            String major = version == null ? "" : version.split("\\.", 2)[0];
            if (!major.equals("0") && !major.equals("1")) {
                throw stop(
                        DiagnosticCode.UNSUPPORTED_FORMAT_VERSION,
                        "the plan's `format_version` is " + version
                                + "; sagelint reads versions 0.x and 1.x of the Terraform JSON format and rejects other major "
                                + "versions, as the format asks",
                        at);
            }
        }

        /** {@code root_module} or a {@code child_modules} item of {@code planned_values}, {@code values}. */
        private void module(Map<String, PlanResource> out, int depth) throws IOException {
            depth(depth, p.currentTokenLocation());
            inObject(name -> {
                switch (name) {
                    case "resources" -> inArray(() -> stateResource(out));
                    case "child_modules" -> inArray(() -> module(out, depth + 1));
                    default -> p.skipChildren();
                }
            });
        }

        /** One item of a module's {@code resources}. */
        private void stateResource(Map<String, PlanResource> out) throws IOException {
            Fields f = new Fields();
            inObject(name -> {
                if (name.equals("values")) {
                    f.values = f.interesting() ? build(0) : skip();
                } else {
                    f.scalar(name);
                }
            });
            resourceCount++;
            if (f.isSageMaker()) {
                out.put(
                        f.address,
                        new PlanResource(
                                f.address,
                                Addresses.moduleOf(f.address),
                                f.type,
                                f.name,
                                f.span,
                                f.values,
                                null,
                                null,
                                List.of(),
                                null,
                                null));
            }
        }

        /** One item of {@code resource_changes}. */
        private void change(/* at START_OBJECT */ ) throws IOException {
            Fields f = new Fields();
            inObject(name -> {
                if (name.equals("change")) {
                    if (!f.interesting()) {
                        p.skipChildren();
                        return;
                    }
                    inObject(c -> {
                        switch (c) {
                            case "actions" -> {
                                if (p.currentToken() == JsonToken.START_ARRAY) {
                                    inArray(() -> f.actions.add(p.getValueAsString("")));
                                }
                            }
                            case "before" -> f.before = build(0);
                            case "after" -> f.values = build(0);
                            case "after_unknown" -> f.afterUnknown = build(0);
                            case "replace_paths" -> f.replacePaths = build(0);
                            default -> p.skipChildren();
                        }
                    });
                } else {
                    f.scalar(name);
                }
            });
            resourceCount++;
            if (f.isSageMaker() && !f.deposed) {
                String module = f.moduleAddress != null ? f.moduleAddress : Addresses.moduleOf(f.address);
                changes.put(
                        f.address,
                        new PlanResource(
                                f.address,
                                module,
                                f.type,
                                f.name,
                                f.span,
                                f.values,
                                f.afterUnknown,
                                f.before,
                                f.actions,
                                f.actionReason,
                                f.replacePaths));
            }
        }

        /** A module of {@code configuration}: its resources' expressions and the modules it calls. */
        private void configModule(String prefix, int depth) throws IOException {
            depth(depth, p.currentTokenLocation());
            if (prefix.isEmpty() && configRoot == null) configRoot = new LinkedHashSet<>();
            inObject(name -> {
                switch (name) {
                    case "resources" -> inArray(() -> configResource(prefix));
                    case "module_calls" ->
                        inObject(call -> inObject(n -> {
                            if (n.equals("module")) configModule(prefix + "module." + call + ".", depth + 1);
                            else p.skipChildren();
                        }));
                    default -> p.skipChildren();
                }
            });
        }

        private void configResource(String prefix) throws IOException {
            Fields f = new Fields();
            Node[] expressions = new Node[1];
            inObject(name -> {
                if (name.equals("expressions")) {
                    expressions[0] = f.interesting() ? build(0) : skip();
                } else {
                    f.scalar(name);
                }
            });
            if (f.address == null || !"managed".equals(f.mode == null ? "managed" : f.mode)) return;
            if (prefix.isEmpty()) configRoot.add(f.address);
            if (expressions[0] != null && f.isSageMaker()) configExpressions.put(prefix + f.address, expressions[0]);
        }

        /** The scalar fields of a resource object, gathered as they come. */
        private final class Fields {
            String address;
            String moduleAddress;
            String mode;
            String type;
            String name;
            String actionReason;
            boolean deposed;
            Span span = Span.at(
                    file,
                    Math.max(1, p.currentTokenLocation().getLineNr()),
                    Math.max(1, p.currentTokenLocation().getColumnNr()));
            Node values;
            Node afterUnknown;
            Node before;
            Node replacePaths;
            final List<String> actions = new ArrayList<>();

            void scalar(String field) throws IOException {
                switch (field) {
                    case "address" -> address = p.getValueAsString();
                    case "module_address" -> moduleAddress = p.getValueAsString();
                    case "mode" -> mode = p.getValueAsString();
                    case "type" -> type = p.getValueAsString();
                    case "name" -> name = p.getValueAsString();
                    case "action_reason" -> actionReason = p.getValueAsString();
                    case "deposed" -> deposed = true;
                    default -> {}
                }
                p.skipChildren();
            }

            /** Whether the resource may be a SageMaker one, as far as the fields read so far tell. */
            boolean interesting() {
                if ("data".equals(mode)) return false;
                if (type != null) return ResourceAdapters.supports(type);
                return address == null || ResourceAdapters.supports(Addresses.typeOf(address));
            }

            boolean isSageMaker() {
                if (type == null && address != null) type = Addresses.typeOf(address);
                if (name == null && address != null) {
                    String bare = Addresses.withoutKeys(address);
                    name = bare.substring(bare.lastIndexOf('.') + 1);
                }
                return address != null && type != null && !"data".equals(mode) && ResourceAdapters.supports(type);
            }
        }

        private Node skip() throws IOException {
            p.skipChildren();
            return null;
        }

        /** Builds the value at the current token. */
        private Node build(int depth) throws IOException {
            JsonLocation start = p.currentTokenLocation();
            depth(depth, start);
            JsonToken t = p.currentToken();
            if (t == JsonToken.START_OBJECT) {
                Map<String, Node> fields = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    p.nextToken();
                    fields.put(key, build(depth + 1));
                }
                return new Node.Obj(fields, span(start));
            }
            if (t == JsonToken.START_ARRAY) {
                List<Node> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(build(depth + 1));
                }
                return new Node.Arr(items, span(start));
            }
            Span at = span(start);
            return switch (t) {
                case VALUE_STRING -> new Node.Str(p.getText(), at);
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new Node.Num(p.getDecimalValue(), at);
                case VALUE_TRUE -> new Node.Bool(true, at);
                case VALUE_FALSE -> new Node.Bool(false, at);
                default -> new Node.Null(at);
            };
        }

        private Span span(JsonLocation start) {
            JsonLocation end = p.currentLocation();
            return new Span(
                    file,
                    Math.max(1, start.getLineNr()),
                    Math.max(1, start.getColumnNr()),
                    Math.max(1, end.getLineNr()),
                    Math.max(1, end.getColumnNr()));
        }

        private void depth(int depth, JsonLocation at) {
            if (depth > maxNestingDepth) {
                throw stop(
                        DiagnosticCode.NESTING_TOO_DEEP,
                        "the plan nests values more than " + maxNestingDepth + " levels deep; it is not analyzed",
                        at);
            }
        }

        /** Calls {@code body} with the parser on each field's value; skips a value that is not an object. */
        private void inObject(FieldBody body) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                p.skipChildren();
                return;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                body.accept(name);
            }
        }

        /** Calls {@code body} with the parser on each item; skips a value that is not an array. */
        private void inArray(ItemBody body) throws IOException {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                p.skipChildren();
                return;
            }
            while (p.nextToken() != JsonToken.END_ARRAY) {
                if (p.currentToken() == null) throw new JsonEOFException(p, null, "end of input inside an array");
                body.run();
            }
        }

        private Stop stop(DiagnosticCode code, String message, JsonLocation at) {
            diagnostics.add(Diagnostic.error(code, message, file, line(at), column(at)));
            return new Stop();
        }
    }

    @FunctionalInterface
    private interface FieldBody {
        void accept(String name) throws IOException;
    }

    @FunctionalInterface
    private interface ItemBody {
        void run() throws IOException;
    }
}
