package newsgen.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code gen extract}: prints the records of the given articles as one JSON array, and nothing else, on stdout. */
@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Prints the extracted record of each article (date, place, actors, quotes, dates) as a JSON array.")
final class ExtractCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Article files or folders (default: articles)")
    List<Path> paths = List.of(Path.of(DEFAULT_FOLDER));

    /** Accepted as build takes it; records hold no HTML, so it has never changed what extract prints. */
    @CommandLine.Option(names = "--allow-html", description = "Keep raw HTML inside Markdown as HTML.")
    boolean allowHtml;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "No such file or folder: " + path);
            }
        }
        return PlainExtract.run(paths, spec.commandLine().getOut(), err);
    }

    /** The folder read when no path is given. */
    static final String DEFAULT_FOLDER = "articles";
}
