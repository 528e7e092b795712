package dev.sagelint.cli;

import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converts an option value to an enum constant by its lower-case {@code toString()}, ignoring case, so that error
 * messages list the values as the user types them ({@code critical, high, ...}) rather than picocli's constant names.
 */
final class LowerCaseEnumConverter<E extends Enum<E>> implements ITypeConverter<E> {

    private final Class<E> type;

    LowerCaseEnumConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public E convert(String value) {
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.toString().equalsIgnoreCase(value))
                .findFirst()
                .orElseThrow(() -> new TypeConversionException("expected one of "
                        + Arrays.stream(type.getEnumConstants())
                                .map(Object::toString)
                                .collect(Collectors.joining(", ")) + " but was '" + value + "'"));
    }
}
