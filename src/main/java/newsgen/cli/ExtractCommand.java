package newsgen.cli;

import newsgen.model.Problem;
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
    List<Path> paths = List.of(Path.of("articles"));

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
        PrintWriter out = spec.commandLine().getOut();
        // Each record is written as JSON by the thread that extracted it, and printed as soon as the records before
        // it are: the whole array held at once was an OutOfMemoryError on 10,164 articles in gen's 800 MB heap.
        boolean[] any = {false};
        List<Problem> errors = Pipeline.extractEach(paths, err, r -> new RecordJson(RECORD_CHARS).record(r), json -> {
            out.write(any[0] ? ", " : "[ ");
            out.write(json.chars(), 0, json.length());
            any[0] = true;
        });
        out.write(any[0] ? " ]" : "[ ]");
        out.println();
        out.flush();
        return errors.isEmpty() ? 0 : 1;
    }

    /** Room for the JSON of a typical record (real articles: ~9,000 characters). */
    private static final int RECORD_CHARS = 16_384;
}
