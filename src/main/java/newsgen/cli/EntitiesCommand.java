package newsgen.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import newsgen.archive.ArchiveBuilder;
import newsgen.archive.EntityEdits;
import newsgen.archive.Suspects;
import newsgen.model.Archive;
import newsgen.model.Entity;
import newsgen.model.ProblemException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code gen entities}: the archive's entities, or its likely duplicates and junk with ready entities.yaml lines. */
@Command(name = "entities", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Lists the archive's people, organisations and places with their mentions and articles; "
                + "--suspects lists likely duplicates and junk, each with a line to paste into entities.yaml.")
final class EntitiesCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ArticlesFolder articlesFolder;

    @Option(names = "--entities", paramLabel = "FILE", description = "The editor's entities.yaml (default: entities.yaml beside the articles folder, if there is one)")
    Path entities;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Option(names = "--suspects", description = "List likely duplicates and junk, with the reason and an entities.yaml line.")
    boolean suspects;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        Path articles = articlesFolder.checked(spec);
        EntityEdits edits;
        try {
            edits = EditorFile.read(EditorFile.locate(entities, articles));
        } catch (ProblemException e) {
            e.problems().forEach(p -> err.println("error: " + p));
            return 1;
        }
        Pipeline.Result loaded = Pipeline.loadAndExtract(List.of(articles), false, err);
        ArchiveBuilder builder = new ArchiveBuilder();
        Archive archive = builder.build(loaded.articles(), edits);
        builder.warnings().forEach(w -> err.println("warning: " + w));
        List<Entity> all = new ArrayList<>();
        all.addAll(archive.people());
        all.addAll(archive.organizations());
        all.addAll(archive.places());
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        if (suspects) {
            List<Suspects.Suspect> found = Suspects.find(archive);
            if (json) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (Suspects.Suspect s : found) {
                    Map<String, Object> row = row(s.entity());
                    row.put("reason", s.reason());
                    row.put("yaml", s.line());
                    rows.add(row);
                }
                out.println(mapper.writeValueAsString(rows));
            } else {
                out.println("# " + found.size() + " suspects among " + all.size() + " entities; paste the lines you agree with into entities.yaml");
                found.forEach(s -> out.println(s.line()));
            }
        } else if (json) {
            out.println(mapper.writeValueAsString(all.stream().sorted(ORDER).map(EntitiesCommand::row).toList()));
        } else {
            out.println(String.format(Locale.ROOT, "%-13s %8s %8s  %s", "KIND", "MENTIONS", "ARTICLES", "ID (NAME)"));
            for (Entity e : all.stream().sorted(ORDER).toList()) {
                out.println(String.format(Locale.ROOT, "%-13s %8d %8d  %s (%s)", e.kind(), e.mentions(), e.articles().size(), e.id(), e.name()));
            }
        }
        out.flush();
        err.println(String.format(Locale.ROOT, "%d entities from %d articles in %.2f s", all.size(), loaded.articles().size(),
                (System.nanoTime() - start) / 1e9));
        return loaded.errors().isEmpty() ? 0 : 1;
    }

    private static final Comparator<Entity> ORDER = Comparator.comparingInt(Entity::mentions).reversed()
            .thenComparing(Entity::kind).thenComparing(Entity::id);

    private static Map<String, Object> row(Entity e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.kind() + "/" + e.id());
        m.put("kind", e.kind());
        m.put("name", e.name());
        m.put("mentions", e.mentions());
        m.put("articles", e.articles().size());
        m.put("aliases", e.aliases());
        if (!e.undecided().isEmpty()) {
            m.put("undecided", e.undecided().stream().map(r -> r.kind() + "/" + r.id()).toList());
        }
        if (e.description() != null) {
            m.put("description", e.description());
        }
        if (e.link() != null) {
            m.put("link", e.link());
        }
        return m;
    }
}
