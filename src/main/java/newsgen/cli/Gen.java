package newsgen.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** The {@code gen} command: builds a static news archive from article files. */
@Command(name = "gen", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Builds a browsable static news archive from article files.",
        subcommands = {BuildCommand.class, ServeCommand.class, NewCommand.class, ExtractCommand.class, EntitiesCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:problems in the articles or templates", "2:wrong usage (unknown option, missing folder, port in use)"})
public final class Gen implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(Launcher.relaunch(args).orElseGet(() -> run(args)));
    }

    /** Runs gen as the command line would, returning the exit code (tests call this). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** gen's command line, with usage errors reported in two lines (see {@link UsageErrors}). */
    static CommandLine commandLine() {
        return new CommandLine(new Gen()).setParameterExceptionHandler(new UsageErrors());
    }

    /** Runs gen with its output and error streams captured (tests read what the user would see). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cmd = commandLine();
        cmd.setOut(out);
        cmd.setErr(err);
        try {
            return cmd.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: use 'gen build', 'gen serve', 'gen new' or 'gen extract'");
    }
}
