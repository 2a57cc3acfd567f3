package newsgen.site;

import newsgen.archive.ArchiveBuilder;
import newsgen.model.Actor;
import newsgen.model.Archive;
import newsgen.model.ArchivedArticle;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static newsgen.archive.Fixtures.article;
import static newsgen.archive.Fixtures.org;
import static newsgen.archive.Fixtures.person;
import static newsgen.archive.Fixtures.place;
import static newsgen.archive.Fixtures.quote;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search index written entry by entry, with pieces copied from the last build's file (SearchSlices), is the
 * script the whole index gives as one JSON value: the same bytes, for text that must be escaped (markup, U+2028, a
 * lone surrogate, non-Latin letters), long quotes that are cut, quotes with no speaker, and an archive edited since.
 */
class SearchIndexTest {
    private static final String LONG = "We will build the dam on the river and the people of the valley will have water "
            + "for their fields and their homes for the next hundred years, whatever the cost of the work turns out to be.";

    private static List<ArchivedArticle> articles(String editedQuote, boolean extraQuote) {
        Actor awa = person("Awa Traore");
        Actor li = person("Li Wei");
        Actor board = org("River Basin Authority");
        List<ArchivedArticle> all = new ArrayList<>();
        all.add(article("one", "Outlet One", "2024-03-01", "Water <treaty> & signed").text("Awa Traore spoke.")
                .actors(awa, board).places(place("Niger", "country"))
                .quotes(quote("We </script> will share the water \u2028 & the fish", awa, 1), quote(LONG, awa, 1),
                        quote("Nobody said this", null, 1)).build());
        List<newsgen.model.Quote> two = new ArrayList<>(List.of(quote(editedQuote, li, 1), quote("水は皆のもの", li, 1)));
        if (extraQuote) {
            two.add(quote("A new line, \ud800 half a pair", awa, 1));
        }
        all.add(article("two", "Outlet Two", "2024-03-02", "Dam plans").text("Li Wei spoke.").actors(li, awa)
                .places(place("Niamey", "city")).quotes(two.toArray(newsgen.model.Quote[]::new)).build());
        all.add(article("three", "Outlet Two", "2024-03-03", "No one quoted").text("Nothing.").build());
        return all;
    }

    /** The index as one JSON value, as it was written before it was written in pieces. */
    private static byte[] whole(Archive archive) throws Exception {
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("version", 1);
        index.put("items", SearchIndex.entries(archive));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write("window.NEWSGEN_SEARCH = ".getBytes(StandardCharsets.US_ASCII));
        ScriptJson.write(index, out);
        out.write(new byte[] {';', '\n'});
        return out.toByteArray();
    }

    private static byte[] pieces(Archive archive, Function<ArchivedArticle, String> keys, SearchSlices old, SearchSlices noted)
            throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SearchIndex.write(archive, out, keys, old, noted);
        return out.toByteArray();
    }

    /** Each article's cache key, standing for its record: its slug and its quotes here. */
    private static String key(ArchivedArticle a) {
        return a.record().slug() + a.record().quotes().hashCode();
    }

    @Test
    void anIndexWrittenInPiecesIsTheWholeIndexAndAnEditedArchiveReusesThePiecesOfTheLastOne() throws Exception {
        Archive first = new ArchiveBuilder().build(articles("The dam will stand", false));
        byte[] expected = whole(first);
        assertArrayEquals(expected, pieces(first, null, null, null));
        SearchSlices noted = SearchSlices.noting();
        byte[] written = pieces(first, SearchIndexTest::key, null, noted);
        assertArrayEquals(expected, written);
        // nothing changed: every piece from the old file
        SearchSlices again = SearchSlices.noting();
        assertArrayEquals(expected, pieces(first, SearchIndexTest::key, noted.in(written), again));
        // an article's quote edited and one added: that article's pieces made afresh, the others copied
        Archive edited = new ArchiveBuilder().build(articles("The dam will never stand", true));
        byte[] expectedEdited = whole(edited);
        assertTrue(new String(expectedEdited, StandardCharsets.UTF_8).contains("never stand"));
        assertArrayEquals(expectedEdited, pieces(edited, SearchIndexTest::key, again.in(written), SearchSlices.noting()));
    }

    @Test
    void anUnchangedArticlesPiecesAreTakenFromTheOldFileNotMadeAgain() throws Exception {
        Archive archive = new ArchiveBuilder().build(articles("The dam will stand", false));
        SearchSlices noted = SearchSlices.noting();
        byte[] written = pieces(archive, SearchIndexTest::key, null, noted);
        // the old file as another gen's code might have written the same records: what is copied shows
        String marked = new String(written, StandardCharsets.UTF_8).replace("Outlet One", "Outlet 1ne").replace("share the", "share thE");
        String out = new String(pieces(archive, SearchIndexTest::key, noted.in(marked.getBytes(StandardCharsets.UTF_8)), null),
                StandardCharsets.UTF_8);
        assertTrue(out.contains("Outlet 1ne") && out.contains("share thE"), out);
    }

    @Test
    void theOldFileReadAWindowAtATimeGivesTheSameIndexWhateverTheOrderAndSizeOfThePieces(@org.junit.jupiter.api.io.TempDir
                                                                                         java.nio.file.Path tmp) throws Exception {
        Archive first = new ArchiveBuilder().build(articles("The dam will stand", false));
        SearchSlices noted = SearchSlices.noting();
        java.nio.file.Path file = tmp.resolve("search-index.js");
        java.nio.file.Files.write(file, pieces(first, SearchIndexTest::key, null, noted));
        Archive edited = new ArchiveBuilder().build(articles("The dam will never stand", true));
        // windows smaller than a piece, and a piece asked for before the window's start (the quotes' texts lie after
        // their articles' entries in the file, and an article's quotes are spread over its speakers)
        for (int window : new int[] {1, 7, 64, 1 << 16}) {
            SearchSlices old = noted.in(file, window);
            try {
                assertArrayEquals(whole(edited), pieces(edited, SearchIndexTest::key, old, null), "window " + window);
            } finally {
                old.close();
            }
        }
    }

    @Test
    void piecesNotedForAnotherFileAreNeverReadPastItsEnd() throws Exception {
        Archive archive = new ArchiveBuilder().build(articles("The dam will stand", false));
        SearchSlices noted = SearchSlices.noting();
        byte[] written = pieces(archive, SearchIndexTest::key, null, noted);
        byte[] cut = java.util.Arrays.copyOf(written, 40);
        assertArrayEquals(whole(archive), pieces(archive, SearchIndexTest::key, noted.in(cut), null));
    }
}
