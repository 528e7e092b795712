package dev.sagelint.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;

/**
 * The one way our JSON-based reports are written: jackson-core's streaming generator, two-space indentation,
 * {@code "key": value}, a {@code \n} line end on every platform, and the caller's writer left open.
 */
public final class JsonOutput {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private JsonOutput() {}

    /** A pretty-printing generator over {@code out}; closing it flushes but does not close {@code out}. */
    public static JsonGenerator open(Writer out) throws IOException {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        return FACTORY.createGenerator(out).setPrettyPrinter(printer);
    }

    /** Writes {@code name: value}, or {@code name: null} when the value is null. */
    public static void stringOrNull(JsonGenerator g, String name, String value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeStringField(name, value);
        }
    }
}
