package newsgen.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import newsgen.model.Slug;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/** {@code gen new "Title"}: starts an article file with its front matter filled in; never writes over one. */
@Command(name = "new", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Writes articles/<slug>.md with front matter (title, today's date) ready to edit.")
final class NewCommand implements Callable<Integer> {
    /** The clock that says what today is; tests set a fixed one. */
    static Clock clock = Clock.systemDefaultZone();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "TITLE", description = "The article's title")
    String title;

    @Option(names = "--articles", paramLabel = "DIR", description = "Folder of article files (default: ${DEFAULT-VALUE})")
    Path articles = Path.of("articles");

    @Option(names = "--outlet", paramLabel = "NAME", description = "The outlet that published it")
    String outlet;

    @Override
    public Integer call() throws IOException {
        String slug = Slug.of(title);
        if (title.isBlank() || slug.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "the title must hold at least one letter or digit to make a file name: '" + title + "'");
        }
        Path file = articles.resolve(slug + ".md");
        ObjectMapper json = new ObjectMapper();
        // A JSON string is a YAML string too: quotes, colons and '#' in a title stay text.
        String text = "---\n"
                + "title: " + json.writeValueAsString(title.strip()) + "\n"
                + (outlet == null ? "" : "outlet: " + json.writeValueAsString(outlet.strip()) + "\n")
                + "date: " + LocalDate.now(clock) + "\n"
                + "---\n\n"
                + "PLACE — Write the article here.\n";
        try {
            Files.createDirectories(articles);
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            spec.commandLine().getErr().println("error: " + file.toString().replace('\\', '/')
                    + " already exists; gen new never writes over an article (give another title, or edit that file)");
            return 1;
        }
        spec.commandLine().getOut().println("Wrote " + file.toString().replace('\\', '/'));
        return 0;
    }
}
