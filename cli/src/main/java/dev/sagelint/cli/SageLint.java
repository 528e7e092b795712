package dev.sagelint.cli;

import dev.sagelint.engine.FindingStore;
import dev.sagelint.engine.Scanner;
import dev.sagelint.report.ToolInfo;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The root command {@code sagelint} and the factory that wires it: subcommands, writers, colour, and the mapping of
 * usage errors and unexpected exceptions to {@link ExitCode#ERROR} with one line on standard error.
 */
public final class SageLint implements Callable<Integer> {

    static final String ISSUES_URL = ToolInfo.INFORMATION_URI + "/issues";

    private final CommandSpec spec;

    /**
     * The root's model, built with picocli's API (see {@link CommandModel}). Every command inherits its attributes,
     * the version among them; each command has the standard help options ({@code --help}, {@code --version}).
     */
    private SageLint() {
        spec = CommandSpec.wrapWithoutInspection(this)
                .name("sagelint")
                .scopeType(ScopeType.INHERIT)
                .versionProvider(new Version());
        spec.usageMessage()
                .description("Finds insecure Amazon SageMaker configuration in infrastructure as code.")
                .synopsisSubcommandLabel("COMMAND");
        CommandModel.addStandardHelpOptions(spec);
    }

    /**
     * The command line of a run: colour is decided from the environment and whether the process has a terminal.
     *
     * @param out     standard output
     * @param err     standard error
     * @param env     the environment variables
     * @param scanner builds the scanner when a command needs one
     */
    public static CommandLine commandLine(
            PrintWriter out, PrintWriter err, Map<String, String> env, Supplier<Scanner> scanner) {
        return commandLine(new CliContext(out, err, env, System.console() != null, scanner));
    }

    /**
     * The command line of a run with these arguments: when the first argument names a command, only that command's
     * model is built, since picocli's model of every command costs more start-up time than a one-file scan.
     *
     * @param out     standard output
     * @param err     standard error
     * @param env     the environment variables
     * @param scanner builds the scanner when a command needs one
     * @param args    the arguments the command line will execute
     */
    public static CommandLine commandLine(
            PrintWriter out, PrintWriter err, Map<String, String> env, Supplier<Scanner> scanner, String... args) {
        return commandLine(new CliContext(out, err, env, System.console() != null, scanner), args);
    }

    /** Every command, for the help and the usage errors of the root command, which name them all. */
    static CommandLine commandLine(CliContext context) {
        return build(context, Subcommand.values());
    }

    /**
     * Only the command that {@code args} invoke when their first argument is a command's name (then help, usage
     * errors and output are those of the full model, which never lists a command's siblings below the root);
     * otherwise (no argument, an option, a misspelt or unknown command, {@code help}, which may list them all) every
     * command.
     */
    static CommandLine commandLine(CliContext context, String... args) {
        if (args.length > 0) {
            for (Subcommand subcommand : Subcommand.values()) {
                if (subcommand != Subcommand.HELP && subcommand.name.equals(args[0])) return build(context, subcommand);
            }
        }
        return commandLine(context);
    }

    /** The root's commands, in the order its help lists them. */
    private enum Subcommand {
        SCAN("scan"),
        FIX("fix"),
        RULES("rules"),
        EXPLAIN("explain"),
        BASELINE("baseline"),
        POLICY("policy"),
        HELP("help");

        final String name;

        Subcommand(String name) {
            this.name = name;
        }

        Object command(CliContext context) {
            return switch (this) {
                case SCAN -> new CommandLine(new ScanCommand(context).spec());
                case FIX -> new FixCommand(context).commandLine();
                case RULES -> new RulesCommand(context);
                case EXPLAIN -> new ExplainCommand(context);
                case BASELINE ->
                    new CommandLine(new BaselineCommand())
                            .addSubcommand(new BaselineCommand.Create(context).commandLine());
                case POLICY -> new CommandLine(new PolicyCommand()).addSubcommand(new PolicyCommand.Test(context));
                case HELP -> new CommandLine.HelpCommand();
            };
        }
    }

    private static CommandLine build(CliContext context, Subcommand... subcommands) {
        CommandLine commandLine = new CommandLine(new SageLint().spec);
        for (Subcommand subcommand : subcommands) commandLine.addSubcommand(subcommand.command(context));
        commandLine.registerConverter(FailOn.class, new LowerCaseEnumConverter<>(FailOn.class));
        commandLine.registerConverter(
                ScanCommand.ColorMode.class, new LowerCaseEnumConverter<>(ScanCommand.ColorMode.class));
        commandLine.registerConverter(
                RulesCommand.CatalogFormat.class, new LowerCaseEnumConverter<>(RulesCommand.CatalogFormat.class));
        commandLine.registerConverter(
                dev.sagelint.rules.RuleSource.class, new LowerCaseEnumConverter<>(dev.sagelint.rules.RuleSource.class));
        commandLine.setOut(context.out());
        commandLine.setErr(context.err());
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(
                context.colour() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        Handlers handlers = new Handlers(context);
        commandLine.setParameterExceptionHandler(handlers);
        commandLine.setExecutionExceptionHandler(handlers);
        return commandLine;
    }

    @Override
    public Integer call() {
        throw new ParameterException(
                spec.commandLine(),
                "missing command: choose one of "
                        + String.join(", ", spec.subcommands().keySet()));
    }

    /**
     * Usage errors and unexpected exceptions, as one line on standard error and {@link ExitCode#ERROR}. A class, not
     * two lambdas: picocli's interfaces are Java 5 class files, and Java 17's class-data sharing archive leaves out
     * such a class once a lambda implementing it has been linked, and the lambda with it.
     */
    private record Handlers(CliContext context)
            implements CommandLine.IParameterExceptionHandler, CommandLine.IExecutionExceptionHandler {

        @Override
        public int handleParseException(ParameterException e, String[] args) {
            return usageError(e, context);
        }

        @Override
        public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
            return internalError(e, context);
        }
    }

    private static int usageError(ParameterException e, CliContext context) {
        StringBuilder line = new StringBuilder(
                        e.getCommandLine().getCommandSpec().qualifiedName())
                .append(": ")
                .append(e.getMessage());
        if (e instanceof UnmatchedArgumentException unmatched) {
            List<String> suggestions = suggestions(unmatched);
            if (!suggestions.isEmpty()) {
                line.append("; did you mean ")
                        .append(String.join(" or ", suggestions))
                        .append('?');
            }
        }
        line.append(" (see '")
                .append(e.getCommandLine().getCommandSpec().qualifiedName())
                .append(" --help')");
        context.err().println(line);
        context.err().flush();
        return ExitCode.ERROR;
    }

    /** Picocli's suggestions, else the closest option name to a misspelt option such as {@code --fial-on}. */
    private static List<String> suggestions(UnmatchedArgumentException unmatched) {
        List<String> suggestions = unmatched.getSuggestions();
        if (!suggestions.isEmpty() || unmatched.getUnmatched().isEmpty()) return suggestions;
        String given = unmatched.getUnmatched().get(0);
        if (!given.startsWith("-")) return suggestions;
        String name = given.contains("=") ? given.substring(0, given.indexOf('=')) : given;
        List<String> options = unmatched.getCommandLine().getCommandSpec().options().stream()
                .flatMap(o -> java.util.Arrays.stream(o.names()))
                .filter(n -> n.startsWith("--"))
                .toList();
        return dev.sagelint.config.Suggestions.closest(name, options)
                .map(List::of)
                .orElse(List.of());
    }

    private static int internalError(Exception e, CliContext context) {
        if (e instanceof FindingStore.SpillFailure failure) {
            // Not sagelint's bug: the machine's temporary folder, which the message names with the way round it.
            context.err().println("sagelint: " + failure.getMessage());
            context.err().flush();
            return ExitCode.ERROR;
        }
        String message = e.getMessage();
        context.err()
                .println("sagelint: internal error: " + e.getClass().getName()
                        + (message == null
                                ? ""
                                : ": " + message.lines().findFirst().orElse(""))
                        + "; please report it at " + ISSUES_URL
                        + (context.debug() ? "" : " (set SAGELINT_DEBUG=1 for the stack trace)"));
        if (context.debug()) {
            e.printStackTrace(context.err());
        }
        context.err().flush();
        return ExitCode.ERROR;
    }

    /** The version of the analyzer, which every report also carries. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {ToolInfo.NAME + " " + ToolInfo.current().version()};
        }
    }
}
