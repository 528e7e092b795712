package dev.sagelint.cli;

import dev.sagelint.report.Reporter;
import java.util.List;
import java.util.Optional;

/** The output formats the {@code scan} command can write, looked up by the name given to {@code --format}. */
interface ReporterCatalog {

    /** Every format name, in the order help and error messages list them. */
    List<String> names();

    /**
     * The reporter for {@code name}, or empty when there is none.
     *
     * @param colour whether the output goes to a terminal that should get colour (only the text format uses it)
     */
    Optional<Reporter> find(String name, boolean colour);
}
