package dev.sagelint.baseline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.sagelint.engine.ScanResult;
import dev.sagelint.report.JsonOutput;
import dev.sagelint.report.Labels;
import dev.sagelint.rules.Finding;
import dev.sagelint.rules.Rules;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The findings a project has accepted for now, by {@link Finding#fingerprint fingerprint}: a scan with a baseline
 * counts only the findings that are not in it, so that a pull request fails only for what it introduces. The
 * fingerprint is the rule, the file relative to the scan root, the resource address and the property path, so an
 * entry survives lines moving but not a renamed resource or file; create and use a baseline from the same root.
 *
 * <p>The file, {@code .sagelint-baseline.json} by convention, is written by {@link #write} in a stable, reviewable
 * order:
 * <pre>{@code
 * {
 *   "formatVersion": 1,
 *   "tool": "sagelint",
 *   "findings": [
 *     { "fingerprint": "0f3c...", "ruleId": "SageMaker.3", "file": "cfn/notebook.yaml",
 *       "resource": "Notebook", "property": "RootAccess" }
 *   ]
 * }
 * }</pre>
 * Only {@code fingerprint} is read back; the other fields are there for the reviewer of the file.
 *
 * @param fingerprints the accepted fingerprints
 */
public record Baseline(Set<String> fingerprints) {

    /** The version of the file format above. */
    public static final int FORMAT_VERSION = 1;

    /** The conventional file name. */
    public static final String DEFAULT_FILE_NAME = ".sagelint-baseline.json";

    /** Larger files are refused: 256 MiB holds about a million accepted findings. */
    public static final long MAX_BYTES = 256L * 1024 * 1024;

    private static final JsonFactory FACTORY = new JsonFactory();

    public Baseline {
        fingerprints = Set.copyOf(fingerprints);
    }

    /** Whether {@code finding}, fingerprinted against {@code root}, is accepted. */
    public boolean contains(Finding finding, Path root) {
        return fingerprints.contains(finding.fingerprint(root));
    }

    /**
     * Reads a baseline file.
     *
     * @throws IOException when the file cannot be read or is not a baseline; the message says where and why
     */
    public static Baseline read(Path file) throws IOException {
        // A FIFO or a device (/dev/zero) would block or never end: only a regular file of bounded size is read.
        if (!Files.isRegularFile(file)) {
            if (!Files.exists(file)) throw new java.nio.file.NoSuchFileException(file.toString());
            throw new IOException(file + " is not a regular file");
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new IOException(file + " is larger than " + MAX_BYTES + " bytes; a baseline holds one short "
                    + "entry per accepted finding");
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                JsonParser parser = FACTORY.createParser(in)) {
            return read(parser);
        } catch (JsonProcessingException e) {
            // Jackson's own limits (string length, nesting depth) come without a location.
            String line = e.getLocation() == null || e.getLocation().getLineNr() < 1
                    ? ""
                    : ":" + e.getLocation().getLineNr();
            throw new IOException(file + line + ": not a sagelint baseline: " + e.getOriginalMessage(), e);
        }
    }

    private static Baseline read(JsonParser parser) throws IOException {
        Set<String> fingerprints = new LinkedHashSet<>();
        expect(parser, parser.nextToken() == JsonToken.START_OBJECT, "expected a JSON object");
        boolean sawFindings = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (!field.equals("findings")) {
                parser.skipChildren();
                continue;
            }
            sawFindings = true;
            expect(parser, value == JsonToken.START_ARRAY, "\"findings\" must be an array");
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                String fingerprint = null;
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    JsonToken token = parser.nextToken();
                    if (name.equals("fingerprint") && token == JsonToken.VALUE_STRING) {
                        fingerprint = parser.getText();
                    } else {
                        parser.skipChildren();
                    }
                }
                expect(parser, fingerprint != null, "a finding has no \"fingerprint\" string");
                fingerprints.add(fingerprint);
            }
            expect(parser, parser.currentToken() == JsonToken.END_ARRAY, "\"findings\" must hold objects");
        }
        expect(parser, sawFindings, "no \"findings\" array");
        return new Baseline(fingerprints);
    }

    private static void expect(JsonParser parser, boolean condition, String message) throws JsonProcessingException {
        if (!condition) throw new com.fasterxml.jackson.core.JsonParseException(parser, message);
    }

    /**
     * Writes the baseline of a scan: every finding that counts ({@link ScanResult#findings()}) and every finding
     * already in the scan's baseline ({@link ScanResult#unchanged()}); suppressed findings need no entry.
     */
    public static void write(ScanResult result, Writer out) throws IOException {
        Path root = result.root();
        List<Finding> findings = new ArrayList<>(result.findings());
        findings.addAll(result.unchanged());
        findings.sort(Comparator.comparing((Finding f) ->
                        Labels.path(root, f.resource().declaration().file()))
                .thenComparing(
                        (a, b) -> Rules.compareIds(a.rule().id(), b.rule().id()))
                .thenComparing(f -> f.resource().address())
                .thenComparing(Finding::propertyPath));
        Set<String> written = new LinkedHashSet<>();
        try (JsonGenerator g = JsonOutput.open(out)) {
            g.writeStartObject();
            g.writeNumberField("formatVersion", FORMAT_VERSION);
            g.writeStringField("tool", "sagelint");
            g.writeArrayFieldStart("findings");
            for (Finding f : findings) {
                String fingerprint = f.fingerprint(root);
                if (!written.add(fingerprint)) continue;
                g.writeStartObject();
                g.writeStringField("fingerprint", fingerprint);
                g.writeStringField("ruleId", f.rule().id());
                g.writeStringField(
                        "file", Labels.path(root, f.resource().declaration().file()));
                g.writeStringField("resource", f.resource().address());
                g.writeStringField("property", f.propertyPath());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write("\n");
        out.flush();
    }
}
