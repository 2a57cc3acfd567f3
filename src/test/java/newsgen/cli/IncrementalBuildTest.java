package newsgen.cli;

import newsgen.site.SiteFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Builds with the cache give the site a cold build gives, byte for byte; files that did not change keep their
 * modification time; a damaged or foreign cache is warned about and never trusted.
 */
class IncrementalBuildTest {
    /** A time no build writes: a file still carrying it after a rebuild was carried over, not written again. */
    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

    @TempDir
    Path tmp;
    Path articles;
    Path site;

    @BeforeEach
    void project() throws IOException {
        articles = Files.createDirectories(tmp.resolve("project/articles"));
        site = tmp.resolve("project/site");
        for (Path folder : List.of(Path.of("src/test/resources/devset/articles"), Path.of("articles"))) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                    Files.copy(f, articles.resolve(f.getFileName()));
                }
            }
        }
    }

    private GenRun build(Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("build", "--articles", articles.toString(), "--out", out.toString(),
                "--templates", tmp.resolve("project/no-templates").toString()));
        args.addAll(List.of(extra));
        GenRun run = GenRun.of(args.toArray(String[]::new));
        assertEquals(0, run.code(), run.err());
        return run;
    }

    /** The site a cold build (no cache, no earlier site) makes of the articles as they are now. */
    private Map<String, String> coldSite(String... extra) throws IOException {
        Path cold = Files.createTempDirectory(tmp, "cold").resolve("site");
        List<String> args = new ArrayList<>(List.of(extra));
        args.add("--no-cache");
        build(cold, args.toArray(String[]::new));
        return SiteFiles.digests(cold);
    }

    private static void ageEveryFile(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(p, LONG_AGO);
            }
        }
    }

    private void edit(String name, String from, String to) throws IOException {
        Path file = articles.resolve(name);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), name + " holds '" + from + "'");
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    /** Where each cache entry lies: its pack, and its first byte and the byte after its last there. */
    private record EntrySpan(Path pack, int from, int to) {
    }

    /** The entries in the cache's packs (entries follow one another, each starting with the entries' magic). */
    private List<EntrySpan> cacheEntries() throws IOException {
        byte[] magic = "newsgen-entry-2\n".getBytes(StandardCharsets.US_ASCII);
        List<EntrySpan> spans = new java.util.ArrayList<>();
        try (Stream<Path> list = Files.list(tmp.resolve("project/.newsgen-cache/site/articles"))) {
            for (Path pack : list.filter(p -> p.getFileName().toString().startsWith("pack-")).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(pack);
                List<Integer> starts = new java.util.ArrayList<>();
                for (int i = 0; i + magic.length <= bytes.length; i++) {
                    if (java.util.Arrays.equals(bytes, i, i + magic.length, magic, 0, magic.length)) {
                        starts.add(i);
                    }
                }
                for (int i = 0; i < starts.size(); i++) {
                    spans.add(new EntrySpan(pack, starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : bytes.length));
                }
            }
        }
        return spans;
    }

    /** Changes an entry's bytes in its pack. */
    private static void mend(EntrySpan entry, java.util.function.UnaryOperator<byte[]> change) throws IOException {
        byte[] pack = Files.readAllBytes(entry.pack());
        byte[] changed = change.apply(java.util.Arrays.copyOfRange(pack, entry.from(), entry.to()));
        byte[] out = new byte[pack.length - (entry.to() - entry.from()) + changed.length];
        System.arraycopy(pack, 0, out, 0, entry.from());
        System.arraycopy(changed, 0, out, entry.from(), changed.length);
        System.arraycopy(pack, entry.to(), out, entry.from() + changed.length, pack.length - entry.to());
        Files.write(entry.pack(), out);
    }

    @Test
    void anEditedArticleGivesTheColdSiteAndUntouchedFilesKeepTheirTime() throws IOException {
        build(site);
        Map<String, String> before = SiteFiles.digests(site);
        Map<String, FileTime> times = times(site);

        // Pages whose model did not change are carried over on the ledger's word, without being rendered.
        edit("03_football.md", "Wierzbicki header earns Brentford late win", "Wierzbicki earns Brentford a late win");
        edit("03_football.md", "“I just closed my eyes and jumped,” Wierzbicki said.",
                "“I just closed my eyes and jumped,” Wierzbicki said. “It was the best moment of my life.”");
        GenRun second = build(site, "--timings");
        assertTrue(second.err().lines().anyMatch(l -> l.startsWith("carry ")), "unchanged pages were carried over: " + second.err());
        assertSameAsColdKeepingTimes(before, times, "articles/03-football.html");

        // With every time changed (as a copy that does not keep them would), the ledger is not trusted: pages are
        // rendered and compared byte for byte, and the unchanged ones still keep their time.
        before = SiteFiles.digests(site);
        ageEveryFile(site);
        times = times(site);
        edit("01_court_ruling.md", "court", "Court");
        build(site);
        assertSameAsColdKeepingTimes(before, times, "articles/01-court-ruling.html");
    }

    @Test
    void memosReadAheadGiveTheColdSiteAndUntouchedFilesKeepTheirTime() throws IOException {
        build(site);
        // The page ledger and the memo of changes written long enough ago to be trusted when read ahead (cache/ReadAhead):
        // the next build takes them as read while the articles were loaded.
        Path cache = tmp.resolve("project/.newsgen-cache/site");
        for (String memo : List.of("pages", "changes")) {
            assertTrue(Files.isRegularFile(cache.resolve(memo)), memo);
            Files.setLastModifiedTime(cache.resolve(memo), LONG_AGO);
        }
        Map<String, String> before = SiteFiles.digests(site);
        Map<String, FileTime> times = times(site);
        edit("03_football.md", "Wierzbicki header earns Brentford late win", "Wierzbicki earns Brentford a late win");
        GenRun second = build(site, "--timings");
        assertTrue(second.err().lines().anyMatch(l -> l.startsWith("carry ")), "unchanged pages were carried over: " + second.err());
        assertSameAsColdKeepingTimes(before, times, "articles/03-football.html");
    }

    private void assertSameAsColdKeepingTimes(Map<String, String> before, Map<String, FileTime> times, String edited,
                                              String... options) throws IOException {
        Map<String, String> after = SiteFiles.digests(site);
        assertEquals(coldSite(options), after, "a build with the cache gives the same site as a cold build");
        int kept = 0;
        int changed = 0;
        for (Map.Entry<String, String> file : after.entrySet()) {
            FileTime time = Files.getLastModifiedTime(site.resolve(file.getKey()));
            if (file.getValue().equals(before.get(file.getKey()))) {
                assertEquals(times.get(file.getKey()), time, file.getKey() + " did not change, so it keeps its modification time");
                kept++;
            } else {
                assertNotEquals(times.get(file.getKey()), time, file.getKey() + " changed, so it was written");
                changed++;
            }
        }
        assertNotEquals(before.get(edited), after.get(edited), "the edited article's page changed");
        assertTrue(kept > changed && changed > 0, kept + " kept, " + changed + " changed");
        // The new and changed files were committed into the site in place: no staging folder is left beside it.
        try (Stream<Path> beside = Files.list(site.toAbsolutePath().getParent())) {
            assertEquals(List.of(), beside.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("." + site.getFileName() + ".")).toList());
        }
    }

    private void append(String name, String text) throws IOException {
        Files.writeString(articles.resolve(name), text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    }

    private static boolean resolutionReused(GenRun run) {
        return run.err().lines().anyMatch(l -> l.startsWith("archive (resolution reused") && l.matches("archive \\([^)]*\\) .*"));
    }

    @Test
    void anEditNamingNoOneReusesTheResolutionAndOneThatChangesAMergeRunsItAgain() throws IOException {
        build(site);

        // A sentence that names no one: the resolution passes' inputs are the same, so their decisions are reused.
        Map<String, String> before = SiteFiles.digests(site);
        Map<String, FileTime> times = times(site);
        append("04_health.md", "\nIt was said that it was the first.\n");
        GenRun same = build(site, "--timings");
        assertTrue(resolutionReused(same), same.err());
        assertSameAsColdKeepingTimes(before, times, "articles/04-health.html");

        // A surname alone, in an article that names neither Kowalczyk: nothing decides between the two.
        append("02_central_bank.md", "\n“The ruling changes nothing for the bank,” Kowalczyk said.\n");
        GenRun undecided = build(site, "--timings");
        assertFalse(resolutionReused(undecided), "a new name: the passes run");
        assertEquals(coldSite(), SiteFiles.digests(site));
        String edward = Files.readString(site.resolve("people/edward-kowalczyk.html"), StandardCharsets.UTF_8);
        assertFalse(edward.contains("02-central-bank"), "the surname alone did not join Edward Kowalczyk");

        // The same article names him in full: the surname joins him, a merge the kept decisions did not have.
        before = SiteFiles.digests(site);
        times = times(site);
        append("02_central_bank.md", "\nEdward Kowalczyk, who brought the case, was in the gallery.\n");
        GenRun merged = build(site, "--timings");
        assertFalse(resolutionReused(merged), "a new full name: the passes run");
        assertSameAsColdKeepingTimes(before, times, "articles/02-central-bank.html");
        edward = Files.readString(site.resolve("people/edward-kowalczyk.html"), StandardCharsets.UTF_8);
        assertTrue(edward.contains("02-central-bank"), "Edward Kowalczyk's page now holds the article");
    }

    /**
     * An edit naming a person no article named before runs the resolution passes again, but the person is named by
     * that article alone, so no story can change: the kept clusters are used, and the site is the cold one.
     */
    @Test
    void anEditNamingSomeoneNewReusesTheStoriesAndGivesTheColdSite() throws IOException {
        build(site);
        Map<String, String> before = SiteFiles.digests(site);
        Map<String, FileTime> times = times(site);
        append("04_health.md", "\n“We will see about that,” said Marguerite Quillfeather, a new spokeswoman.\n");
        GenRun edited = build(site, "--timings");
        assertFalse(resolutionReused(edited), "a new name: the passes run");
        assertTrue(edited.err().lines().anyMatch(l -> l.startsWith("archive (") && l.contains("stories reused")), edited.err());
        assertSameAsColdKeepingTimes(before, times, "articles/04-health.html");
        assertTrue(Files.readString(site.resolve("articles/04-health.html"), StandardCharsets.UTF_8).contains("Quillfeather"));
    }

    /**
     * Pages of articles nobody edited change when a new article joins their story (they name how many articles it
     * has): the page ledger, which carries pages by what they are made from, must render them again.
     */
    @Test
    void aNewArticleJoiningAStoryRewritesItsOtherArticlesPagesWithABaseUrl() throws IOException {
        String[] base = {"--base-url", "https://news.example.org/"};
        build(site, base);
        Map<String, String> before = SiteFiles.digests(site);
        Map<String, FileTime> times = times(site);
        String pact = Files.readString(articles.resolve("000_2881434f48805f6b.md"), StandardCharsets.UTF_8);
        Files.writeString(articles.resolve("100_second_report.md"), pact.replace(
                "slug: mali-burkina-faso-niger-mutual-defense-pact", "slug: sahel-pact-second-report"), StandardCharsets.UTF_8);
        GenRun second = build(site, "--base-url", "https://news.example.org/", "--timings");
        assertTrue(second.err().lines().anyMatch(l -> l.startsWith("carry ")), "unchanged pages were carried over: " + second.err());
        String other = "articles/niger-burkina-faso-mali-form-defence-alliance.html";
        assertNotEquals(before.get(other), SiteFiles.digests(site).get(other), "the story's other article's page changed");
        assertSameAsColdKeepingTimes(before, times, other, base);
    }

    /** True when the build carried pages over without keying them ({@code site/SiteChanges}). */
    private static boolean carriedUnkeyed(GenRun run) {
        return run.err().lines().anyMatch(l -> l.startsWith("unkeyed "));
    }

    /**
     * Edits that leave every name, date and lead word as it was (the archive's links and story members are the last
     * build's) carry the pages no edited article reaches without keying them; those it reaches, through an entity's
     * quotes or articles or a story's title and size, are rendered again. Edits that change links (a new person, a
     * person renamed so that two people become one, a date that moves the archive's order, an article deleted, a
     * person renamed in every article naming him) carry over unkeyed the pages whose links and entities did not
     * change. Each time the site is the cold one and the untouched files keep their time.
     */
    @Test
    void editsThatChangeSharedPagesGiveTheColdSiteWithOrWithoutTheChangeSet() throws IOException {
        build(site);
        // A quotation said by "he", in an article of a story of two, in words the archive already has in lower case:
        // on a speaker's page or in the quotes list, the search index and the archive's data, but nothing the
        // archive links changed.
        GenRun unnamed = rebuiltAfter(() -> append("000_2881434f48805f6b.md", "\n“It was the first,” he said.\n"),
                "articles/mali-burkina-faso-niger-mutual-defense-pact.html");
        assertTrue(resolutionReused(unnamed) && unnamed.err().contains("stories reused"), unnamed.err());
        assertTrue(carriedUnkeyed(unnamed), unnamed.err());

        // Another quotation of "he", where the article names a footballer: on his page and in the quotes list.
        GenRun quote = rebuiltAfter(() -> append("03_football.md", "\n“It was said that it was the first,” he said.\n"),
                "articles/03-football.html");
        assertTrue(resolutionReused(quote) && carriedUnkeyed(quote), quote.err());

        // A quotation's words changed in place: the speaker's page holds as many quotes as before, one of them new.
        String footballer = "people/tomasz-wierzbicki.html";
        String page = SiteFiles.digests(site).get(footballer);
        GenRun words = rebuiltAfter(() -> edit("03_football.md", "I just closed my eyes and jumped",
                "I just closed my eyes and I jumped"), "articles/03-football.html");
        assertTrue(resolutionReused(words) && carriedUnkeyed(words), words.err());
        assertNotEquals(page, SiteFiles.digests(site).get(footballer), "the speaker's page changed");

        // The first lines changed: the article's summary in the list of articles, which stays in its order.
        String list = SiteFiles.digests(site).get("index.html");
        assertTrue(carriedUnkeyed(rebuiltAfter(() -> edit("03_football.md", "to beat Crystal Palace 2-1",
                "to beat Crystal Palace by 2-1"), "articles/03-football.html")));
        assertNotEquals(list, SiteFiles.digests(site).get("index.html"), "the list shows the new summary");

        // A new person: the resolution runs again, and each article's links are compared with the last build's.
        // Then the same person's name written as another's (the two become one: the merged person's other
        // articles link the new name), a date that moves an article in the archive's order, an article deleted.
        GenRun person = rebuiltAfter(() -> append("04_health.md",
                "\n“Hospitals are full,” said Marguerite Quillfeather, a nurse in Dhaka.\n"), "articles/04-health.html");
        assertFalse(resolutionReused(person), person.err());
        assertTrue(carriedUnkeyed(person), person.err());
        assertTrue(carriedUnkeyed(rebuiltAfter(() -> edit("04_health.md", "Marguerite Quillfeather", "Edward Kowalczyk"),
                "articles/04-health.html")));
        String date = Files.readString(articles.resolve("09_tech.md"), StandardCharsets.UTF_8).lines()
                .filter(l -> l.startsWith("date:")).findFirst().orElseThrow();
        assertTrue(carriedUnkeyed(rebuiltAfter(() -> edit("09_tech.md", date, "date: 2001-01-01"), "articles/09-tech.html")));
        assertTrue(carriedUnkeyed(rebuiltAfter(() -> Files.delete(articles.resolve("08_disaster.md")),
                "articles/08-disaster.html")));
        // The editor names a person otherwise: the pages of the articles naming him, none of them edited, change.
        assertTrue(carriedUnkeyed(rebuiltAfter(() -> Files.writeString(tmp.resolve("project/entities.yaml"),
                "person/edward-kowalczyk: {name: Edward J. Kowalczyk}\n"), "articles/01-court-ruling.html")));
        // A person renamed everywhere: every page linking the old name is made again.
        assertTrue(carriedUnkeyed(rebuiltAfter(() -> edit("03_football.md", "Wierzbicki", "Wierzbinski"),
                "people/tomasz-wierzbicki.html")));

        // Back under the same links: a quotation again, with the change set.
        GenRun again = rebuiltAfter(() -> append("03_football.md", "\n“It was the first,” he said.\n"),
                "articles/03-football.html");
        assertTrue(carriedUnkeyed(again), again.err());
    }

    /** An edit of the articles. */
    private interface Edit {
        void make() throws IOException;
    }

    /** Makes the edit and builds with the cache: the site is the cold one, and the untouched files kept their time. */
    private GenRun rebuiltAfter(Edit edit, String edited) throws IOException {
        Map<String, String> before = SiteFiles.digests(site);
        Map<String, FileTime> times = times(site);
        edit.make();
        GenRun run = build(site, "--timings");
        assertSameAsColdKeepingTimes(before, times, edited);
        return run;
    }

    @Test
    void aDeletedArticleGivesTheColdSiteAndTheOtherFilesKeepTheirTime() throws IOException {
        build(site);
        Map<String, String> before = SiteFiles.digests(site);
        Map<String, FileTime> times = times(site);
        Files.delete(articles.resolve("09_tech.md"));
        build(site);
        assertFalse(Files.exists(site.resolve("articles/09-tech.html")));
        Map<String, String> after = SiteFiles.digests(site);
        assertEquals(coldSite(), after, "a build with the cache gives the same site as a cold build");
        int kept = 0;
        for (Map.Entry<String, String> file : after.entrySet()) {
            if (file.getValue().equals(before.get(file.getKey()))) {
                assertEquals(times.get(file.getKey()), Files.getLastModifiedTime(site.resolve(file.getKey())), file.getKey());
                kept++;
            }
        }
        assertTrue(kept > after.size() / 2, kept + " of " + after.size() + " kept");
    }

    private static Map<String, FileTime> times(Path root) throws IOException {
        Map<String, FileTime> times = new java.util.TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                times.put(root.relativize(p).toString().replace('\\', '/'), Files.getLastModifiedTime(p));
            }
        }
        return times;
    }

    @Test
    void aBuildWithNothingChangedLeavesTheSiteAndSaysSo() throws IOException {
        build(site);
        Map<String, String> first = SiteFiles.digests(site);
        ageEveryFile(site); // as another tool touching the site would: the next build cannot skip

        GenRun rebuilt = build(site);
        assertTrue(rebuilt.out().startsWith("Built "), rebuilt.out());
        GenRun skipped = build(site);
        assertTrue(skipped.out().startsWith("Nothing changed since the last build: "), skipped.out());
        assertEquals(rebuilt.warnings(), skipped.warnings(), "the last build's warnings are shown again");
        assertEquals(first, SiteFiles.digests(site));

        Files.writeString(site.resolve("index.html"), "defaced");
        Files.delete(site.resolve("articles/01-court-ruling.html"));
        GenRun repaired = build(site);
        assertTrue(repaired.out().startsWith("Built "), "a site not as the last build left it is built again: " + repaired.out());
        assertEquals(first, SiteFiles.digests(site));

        GenRun retitled = build(site, "--title", "Another title");
        assertTrue(retitled.out().startsWith("Built "), "another option is another build: " + retitled.out());
        assertNotEquals(first, SiteFiles.digests(site));
    }

    @Test
    void aCorruptCacheEntryIsWarnedAboutAndRebuilt() throws IOException {
        build(site);
        List<EntrySpan> entries = cacheEntries();
        assertEquals(12, entries.size(), entries.toString());
        // The pack's last three entries: one with a changed byte, one written over, and the pack cut short in the last.
        mend(entries.get(9), flipped -> {
            flipped[64 + 40] ^= 0x20; // in the head, which every build reads
            return flipped;
        });
        mend(entries.get(10), entry -> {
            byte[] text = "not a cache entry at all".getBytes(StandardCharsets.UTF_8);
            System.arraycopy(text, 0, entry, 0, text.length);
            return entry;
        });
        mend(entries.get(11), cut -> java.util.Arrays.copyOf(cut, cut.length / 3));
        Files.delete(tmp.resolve("project/.newsgen-cache/site/last-build")); // so the build cannot skip

        GenRun run = build(site);
        List<String> cacheWarnings = run.warnings().stream().filter(w -> w.contains(".newsgen-cache")).toList();
        assertEquals(3, cacheWarnings.size(), run.err());
        for (int i = 0; i < 3; i++) {
            String w = cacheWarnings.get(i);
            assertTrue(w.matches("warning: .*/\\.newsgen-cache/site/articles/pack-[0-9a-f]{16} \\(entry [0-9a-f]{32}\\): corrupt cache entry \\(.+\\); .+\\.md was read and extracted again"), w);
        }
        assertTrue(String.join("\n", cacheWarnings).contains("checksum mismatch"), cacheWarnings.toString());
        assertEquals(coldSite(), SiteFiles.digests(site), "the site is right despite the damaged cache");

        edit("03_football.md", "Brentford came from behind", "Brentford came back from behind");
        GenRun again = build(site);
        assertTrue(again.warnings().stream().noneMatch(w -> w.contains(".newsgen-cache")), "the entries were made again: " + again.err());
        assertEquals(12, newsgen.cache.ArticleCache.open(tmp.resolve("project/.newsgen-cache/site"), true).entryCount());
    }

    @Test
    void damagedKeptPassesAreWarnedAboutAndTheSiteIsStillTheColdOne() throws IOException {
        build(site);
        Path cache = tmp.resolve("project/.newsgen-cache/site");
        byte[] companions = Files.readAllBytes(cache.resolve("companions"));
        companions[companions.length - 7] ^= 0x04;
        Files.write(cache.resolve("companions"), companions);
        Files.writeString(cache.resolve("stories"), "not a memo at all");
        byte[] words = Files.readAllBytes(cache.resolve("word-case"));
        words[words.length - 3] ^= 0x10;
        Files.write(cache.resolve("word-case"), words);
        edit("03_football.md", "Brentford came from behind", "Brentford came back from behind");

        GenRun run = build(site);
        List<String> memoWarnings = run.warnings().stream().filter(w -> w.contains(".newsgen-cache/site/")).toList();
        assertEquals(3, memoWarnings.size(), run.err());
        assertTrue(memoWarnings.get(0).endsWith("/word-case: damaged (cut short or checksum mismatch); ignored, the word case counted over every article"), memoWarnings.get(0));
        assertTrue(memoWarnings.get(1).endsWith("/companions: damaged (cut short or checksum mismatch); ignored, the companions counted over every article"), memoWarnings.get(1));
        assertTrue(memoWarnings.get(2).endsWith("/stories: not a file gen recognises; ignored, the articles clustered again"), memoWarnings.get(2));
        assertEquals(coldSite(), SiteFiles.digests(site), "the site is right despite the damaged memos");
        GenRun unchanged = build(site);
        assertTrue(unchanged.out().startsWith("Nothing changed since the last build: "), unchanged.out());
        assertEquals(List.of(), unchanged.warnings(), "the memos were mended: nothing to say again");

        edit("03_football.md", "Brentford came back from behind", "Brentford came from behind");
        GenRun again = build(site);
        assertTrue(again.warnings().stream().noneMatch(w -> w.contains(".newsgen-cache")), "the memos were made again: " + again.err());
        assertEquals(coldSite(), SiteFiles.digests(site));
    }

    @Test
    void aDamagedBodyIsCaughtWhenReadAndTheArticleIsReadAgain() throws IOException {
        build(site);
        for (EntrySpan entry : cacheEntries()) {
            mend(entry, bytes -> {
                bytes[bytes.length - 10] ^= 0x01; // in the last paragraph: the body is read only when a page needs it
                return bytes;
            });
        }
        Files.delete(tmp.resolve("project/.newsgen-cache/site/last-build"));
        GenRun carried = build(site);
        assertTrue(carried.warnings().stream().noneMatch(w -> w.contains(".newsgen-cache")), "no body was read: " + carried.err());
        Files.delete(tmp.resolve("project/.newsgen-cache/site/last-build"));
        Files.delete(tmp.resolve("project/.newsgen-cache/site/pages")); // every page is rendered: every body read
        GenRun run = build(site);
        List<String> cacheWarnings = run.warnings().stream().filter(w -> w.contains(".newsgen-cache")).toList();
        assertEquals(12, cacheWarnings.size(), run.err());
        for (String w : cacheWarnings) {
            assertTrue(w.matches("warning: .*/\\.newsgen-cache/site/articles/pack-[0-9a-f]{16} \\(entry [0-9a-f]{32}\\): corrupt cache entry \\(checksum mismatch\\); .+\\.md was read again"), w);
        }
        assertEquals(coldSite(), SiteFiles.digests(site), "the site is right despite the damaged bodies");
    }

    @Test
    void aCacheOfAnotherGenIsIgnoredWithAWarning() throws IOException {
        build(site);
        Path version = tmp.resolve("project/.newsgen-cache/site/VERSION");
        Files.writeString(version, "0123456789abcdef0123456789abcdef\n");
        Files.delete(tmp.resolve("project/.newsgen-cache/site/last-build"));
        GenRun run = build(site);
        assertTrue(run.warnings().stream().anyMatch(w -> w.endsWith("/.newsgen-cache/site: made by another version of gen; ignored, and made again")),
                run.err());
        assertEquals(coldSite(), SiteFiles.digests(site));
        assertFalse(Files.readString(version).startsWith("0123456789abcdef"), "the cache is this gen's now");
    }
}
