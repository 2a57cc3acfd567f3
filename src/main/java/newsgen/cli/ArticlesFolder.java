package newsgen.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/** {@code --articles}, as build, serve and entities take it: one declaration, one check, one message. */
final class ArticlesFolder {
    @Option(names = "--articles", paramLabel = "DIR", description = "Folder of article files (default: ${DEFAULT-VALUE})")
    Path path = Path.of("articles");

    /** The folder, or a usage error when it is not one. */
    Path checked(CommandLine.Model.CommandSpec spec) {
        if (!Files.isDirectory(path)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "No articles folder: " + path);
        }
        return path;
    }
}
