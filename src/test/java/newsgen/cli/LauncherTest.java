package newsgen.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which class archives in the user's cache folder a freshly made one leaves standing. */
class LauncherTest {
    @TempDir
    Path cache;

    private Path archive(String name, Duration age) throws IOException {
        Path p = Files.writeString(cache.resolve(name), "x");
        Files.setLastModifiedTime(p, FileTime.from(Instant.now().minus(age)));
        return p;
    }

    @Test
    void pruneKeepsOtherJarsInUseAndDropsStaleAndSupersededArchives() throws IOException {
        Path made = archive("gen-aaaa-build-0002.jsa", Duration.ZERO);
        archive("gen-aaaa-build-0001.jsa", Duration.ofHours(1));      // an earlier build of the same jar path
        archive("gen-aaaa-build-0000.jsa.failed", Duration.ofHours(2));
        archive("gen-bbbb-build-0009.jsa", Duration.ofDays(3));       // another copy of gen.jar, used this week
        archive("gen-cccc-extract-0007.jsa", Duration.ofDays(45));    // a jar nobody ran for a month and a half
        archive("notes.txt", Duration.ofDays(400));                   // not ours
        Launcher.prune(made, FileTime.from(Instant.now()));
        List<String> left;
        try (Stream<Path> files = Files.list(cache)) {
            left = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(List.of("gen-aaaa-build-0002.jsa", "gen-bbbb-build-0009.jsa", "notes.txt"), left);
    }

    @Test
    void aBuildIsFromTheCacheWhenItsOutputHasOneAndItIsNotRefused(@TempDir Path dir) throws IOException {
        String out = dir.resolve("site").toString();
        assertEquals(false, Launcher.fromCache(new String[] {"build", "--out", out}));
        Files.createDirectories(newsgen.cache.ArticleCache.folderFor(Path.of(out)).resolve(newsgen.cache.ArticleCache.ENTRIES));
        assertEquals(true, Launcher.fromCache(new String[] {"build", "--articles", "a", "--out", out}));
        assertEquals(true, Launcher.fromCache(new String[] {"build", "--out=" + out}));
        assertEquals(false, Launcher.fromCache(new String[] {"build", "--out", out, "--no-cache"}));
        assertEquals(false, Launcher.fromCache(new String[] {"extract", "--out", out}));
        assertEquals(false, Launcher.fromCache(new String[] {"build", "--out", dir.resolve("other").toString()}));
    }

    @Test
    void aFirstRunsClassListGainsTheShippedClassesItLacksAfterItsOwn() {
        List<String> run = List.of("# made by the JVM", "java/lang/Object", "newsgen/cli/Main");
        List<String> shipped = List.of("java/lang/Object", "com/vladsch/flexmark/ast/BlockQuote", "", "newsgen/cli/Main");
        assertEquals(List.of("java/lang/Object", "newsgen/cli/Main", "com/vladsch/flexmark/ast/BlockQuote"),
                Launcher.union(run, shipped));
    }

    @Test
    void theJarShipsAClassListForExtraction() throws IOException {
        for (String kind : List.of("extract")) {
            try (var in = Launcher.class.getResourceAsStream(Launcher.shippedList(kind))) {
                List<String> lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
                // the reading of articles and the extraction, whatever the first run met
                assertEquals(true, lines.contains("newsgen/extract/Extractor"), kind);
                assertEquals(true, lines.stream().anyMatch(l -> l.startsWith("com/vladsch/flexmark/")), kind);
                assertEquals(true, lines.stream().anyMatch(l -> l.startsWith("org/yaml/snakeyaml/")), kind);
            }
        }
    }
}
