package dev.sagelint.cli;

import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * One {@code --format NAME[:FILE]} of the scan command.
 *
 * @param name the format name ({@code text}, {@code json}, {@code sarif})
 * @param file where to write it, or {@code null} for standard output (no file, or {@code -})
 */
record FormatSpec(String name, Path file) {

    boolean toStdout() {
        return file == null;
    }

    /** How the command line spells it, for messages. */
    @Override
    public String toString() {
        return toStdout() ? name : name + ":" + file;
    }

    /** The file name that means standard output, as in {@code -f text:-}. */
    static final String STDOUT = "-";

    /** Splits at the first colon: format names have none, file names may. */
    static final class Converter implements ITypeConverter<FormatSpec> {
        @Override
        public FormatSpec convert(String value) {
            int colon = value.indexOf(':');
            String name = colon < 0 ? value : value.substring(0, colon);
            if (name.isBlank()) {
                throw new TypeConversionException("'" + value + "' has no format name; expected NAME[:FILE]");
            }
            if (colon < 0) return new FormatSpec(name, null);
            String file = value.substring(colon + 1);
            if (file.isBlank()) {
                throw new TypeConversionException("'" + value + "' has no file after the colon; expected NAME[:FILE]");
            }
            if (file.equals(STDOUT)) return new FormatSpec(name, null);
            return new FormatSpec(name, Path.of(file));
        }
    }
}
