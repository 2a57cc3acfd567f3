package newsgen.cli;

import newsgen.archive.ArchiveBuilder;
import newsgen.model.Archive;
import newsgen.model.Entity;
import newsgen.model.EntityRef;
import newsgen.model.Slug;
import newsgen.model.Story;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real corpus (the PolNeAR train and dev texts, 924 news articles) built into one archive: one page per real
 * person, no page for a word, and stories that are one event. Fails when the corpus is missing.
 */
class RealCorpusArchiveIT {
    private static final Path EVAL = Path.of("..", "shared", "eval");
    private static final Pattern NAME = Pattern.compile("([a-z-]+)_(\\d{4})-(\\d\\d-\\d\\d)_.*\\.txt");
    private static final Set<String> PARTY_WORDS = Set.of("democratic", "democrat", "democrats", "republican", "republicans",
            "gop", "libertarian", "conservative", "liberal");
    /** A suffix ends many a full name ("john-roberts-jr"), but is no name alone. */
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "adm");
    private static Archive archive;
    private static List<newsgen.model.ArchivedArticle> records;

    @TempDir
    static Path tmp;

    /** The texts as articles, the way ../shared/perf/make_corpus.py writes them: title, outlet, date from the file. */
    @BeforeAll
    static void build() throws IOException {
        List<Path> texts = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(EVAL)) {
            for (Path dir : dirs.filter(d -> d.getFileName().toString().startsWith("polnear-")).sorted().toList()) {
                try (Stream<Path> files = Files.list(dir.resolve("texts"))) {
                    texts.addAll(files.filter(f -> f.toString().endsWith(".txt")).sorted().toList());
                }
            }
        }
        assertTrue(texts.size() >= 900, "the real corpus ../shared/eval/polnear-*/texts is missing or incomplete: " + texts.size());
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        for (Path f : texts) {
            Matcher m = NAME.matcher(f.getFileName().toString());
            assertTrue(m.matches(), f.toString());
            List<String> lines = List.of(Files.readString(f, StandardCharsets.UTF_8).split("\n", -1));
            String title = lines.get(0).strip().replaceAll("\\.$", "").replace('"', '\'');
            String body = String.join("\n", lines.subList(1, lines.size())).strip() + "\n";
            String front = "---\ntitle: \"" + title + "\"\noutlet: \"" + m.group(1) + "\"\ndate: " + m.group(2) + "-"
                    + m.group(3).replace("02-29", "02-28") + "\n---\n\n";
            Files.writeString(articles.resolve(f.getFileName().toString().replace(".txt", ".md")), front + body);
        }
        Pipeline.Result loaded = Pipeline.loadAndExtract(List.of(articles), false, new PrintWriter(new StringWriter()));
        records = loaded.articles();
        archive = new ArchiveBuilder().build(records);
    }

    @Test
    void noRecordHoldsTwoActorsWithOneId() {
        // one person or organisation per id in a record: every "Mr. Roe" among Roes of unknown sex was once an actor
        // of its own, 21 actors with one id in one train article (HonorificSex)
        List<String> doubled = new ArrayList<>();
        for (newsgen.model.ArchivedArticle a : records) {
            Set<String> ids = new HashSet<>();
            a.record().actors().forEach(actor -> {
                if (!ids.add(actor.id())) {
                    doubled.add(a.article().slug() + ": " + actor.id());
                }
            });
        }
        assertEquals(List.of(), doubled);
    }

    @Test
    void atMostThreeBareSurnamePagesBesideAFullNamePage() {
        Set<String> surnames = new HashSet<>();
        archive.people().stream().map(Entity::id).filter(id -> id.contains("-")).forEach(id -> surnames.add(id.substring(id.lastIndexOf('-') + 1)));
        List<String> bare = archive.people().stream().map(Entity::id).filter(id -> !id.contains("-") && surnames.contains(id)).sorted().toList();
        System.out.println("real corpus: " + bare.size() + " bare-surname pages beside a full name " + bare);
        assertTrue(bare.size() <= 3, bare.size() + " bare-surname pages: " + bare);
    }

    @Test
    void noPersonIsNamedByAPartyWordDemonymOrSuffix() throws IOException {
        Set<String> words = new HashSet<>(PARTY_WORDS);
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("newsgen/extract/demonyms.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(Slug.of(line.split("\\|")[0]));
                }
            }
        }
        List<String> bad = archive.people().stream().map(Entity::id)
                .filter(id -> words.contains(id.substring(id.lastIndexOf('-') + 1)) || words.contains(id) || SUFFIXES.contains(id))
                .sorted().toList();
        assertEquals(List.of(), bad);
    }

    @Test
    void noStoryOfMoreThanEightArticlesHoldsOnlyThroughTheFiveMostFrequentEntities() {
        List<Entity> all = new ArrayList<>(archive.people());
        all.addAll(archive.organizations());
        all.addAll(archive.places());
        Set<EntityRef> frequent = new HashSet<>();
        all.stream().sorted(Comparator.comparingInt((Entity e) -> -e.articles().size()).thenComparing(Entity::id)).limit(5)
                .forEach(e -> frequent.add(EntityRef.of(e)));
        for (Story s : archive.stories()) {
            if (s.articles().size() > 8) {
                assertTrue(s.shared().stream().anyMatch(e -> !frequent.contains(e)),
                        "story " + s.id() + " of " + s.articles().size() + " articles shares only " + s.shared());
            }
        }
        int largest = archive.stories().stream().mapToInt(s -> s.articles().size()).max().orElse(0);
        System.out.println("real corpus: " + archive.stories().size() + " stories, the largest of " + largest + " articles; "
                + archive.people().size() + " people");
    }
}
