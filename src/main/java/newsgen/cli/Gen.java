package newsgen.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** The {@code gen} command: builds a static news archive from article files. */
@Command(name = "gen", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Builds a browsable static news archive from article files.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:problems in the articles or templates", "2:wrong usage (unknown option, missing folder, port in use)"})
public final class Gen implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** gen's commands, in the order its help lists them, each with the name its {@code @Command} gives it. */
    private static final String[] NAMES = {"build", "serve", "new", "extract", "entities", "help"};
    private static final Class<?>[] COMMANDS = {BuildCommand.class, ServeCommand.class, NewCommand.class, ExtractCommand.class,
            EntitiesCommand.class, CommandLine.HelpCommand.class};

    public static void main(String[] args) {
        Main.main(args);
    }

    /** Runs gen as the command line would, returning the exit code (tests call this). */
    public static int run(String... args) {
        return commandLine(args).execute(args);
    }

    /** gen's command line with every command, usage errors reported in two lines (see {@link UsageErrors}). */
    static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * gen's command line for these arguments: when they start with a command's name, only that command is set up.
     * Picocli reads every option of every command it is given by reflection, which cost a short run (the seeds
     * build) more than reading the articles; a command's own help and errors need only the command itself.
     */
    static CommandLine commandLine(String[] args) {
        CommandLine cmd = new CommandLine(new Gen());
        int only = -1;
        for (int i = 0; i < NAMES.length - 1; i++) {
            if (args.length > 0 && NAMES[i].equals(args[0])) {
                only = i;
            }
        }
        for (int i = 0; i < COMMANDS.length; i++) {
            if (only < 0 || only == i) {
                cmd.addSubcommand(NAMES[i], COMMANDS[i]);
            }
        }
        return cmd.setParameterExceptionHandler(new UsageErrors());
    }

    /**
     * Runs gen with its output and error streams captured (tests read what the user would see). Called from a thread
     * of a fork-join pool (a parallel test runner's), the command runs on a thread of its own: the build's parallel
     * streams would otherwise run in the caller's pool, whose threads, while waiting for a part of the build, take up
     * the caller's other work (another test class) inside it; with that work waiting for a lock the build's own
     * caller holds, neither goes on (a CI run hung 90 minutes that way).
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        if (Thread.currentThread() instanceof java.util.concurrent.ForkJoinWorkerThread) {
            int[] code = new int[1];
            Throwable[] thrown = new Throwable[1];
            Thread own = new Thread(() -> {
                try {
                    code[0] = run(out, err, args);
                } catch (Throwable e) {
                    thrown[0] = e; // thrown again on the caller's thread: a failure here is never a quiet 0
                }
            }, "gen");
            own.start();
            try {
                own.join();
            } catch (InterruptedException e) {
                // passed on to gen's thread, and waited for: nothing may still be writing once this returns
                own.interrupt();
                boolean ended = false;
                while (!ended) {
                    try {
                        own.join();
                        ended = true;
                    } catch (InterruptedException again) {
                        // keep waiting; the interrupt is kept below
                    }
                }
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while gen ran", e);
            }
            if (thrown[0] instanceof RuntimeException e) {
                throw e;
            }
            if (thrown[0] instanceof Error e) {
                throw e;
            }
            if (thrown[0] != null) {
                throw new IllegalStateException("gen failed", thrown[0]); // a checked exception thrown unchecked
            }
            return code[0];
        }
        CommandLine cmd = commandLine(args);
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
