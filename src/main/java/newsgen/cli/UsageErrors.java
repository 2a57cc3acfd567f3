package newsgen.cli;

import picocli.CommandLine;

import java.io.PrintWriter;

/**
 * Prints a usage error as the message and one hint line, instead of the message followed by the whole usage text,
 * which on a small terminal pushes the message off the screen.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("error: " + e.getMessage());
        err.println("try '" + cmd.getCommandSpec().qualifiedName() + " --help'");
        err.flush();
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }
}
