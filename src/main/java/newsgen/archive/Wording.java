package newsgen.archive;

import newsgen.model.Article;
import newsgen.model.Paragraph;
import newsgen.model.ParagraphKind;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import newsgen.model.ArchivedArticle;
import java.util.List;
import java.util.Set;

/** The content words of an article, for telling whether two articles use similar wording. */
final class Wording {
    /** Shorter words carry too little meaning to compare articles by. */
    private static final int MIN_LETTERS = 4;
    /** Enough words to know what an article is about; keeps long articles from costing more. */
    private static final int MAX_WORDS = 600;
    private static final Set<String> STOP = load("newsgen/archive/stopwords.txt");

    private Wording() {
    }

    /** Folded words of four letters or more of the title and the story's own paragraphs, stop words left out. */
    static Set<String> of(Article article) {
        Set<String> out = new HashSet<>();
        add(out, article.title());
        int words = 0;
        for (Paragraph p : article.paragraphs()) {
            if (p.kind() == ParagraphKind.BODY || p.kind() == ParagraphKind.HEADLINE) {
                words += add(out, p.text());
                if (words >= MAX_WORDS) {
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The folded words the articles write mostly in lower case (at least twice, and more often than capitalised): a
     * word an archive writes mostly in lower case is a word, not a name ("absent", "crooked"), whatever a capitalised
     * run at a sentence start made of it; a name ("Mark", "Barry") is mostly capitalised even where it is also a word.
     * Counted on every core: each thread counts its share ({@link CaseCounts}), then the counts are added up.
     */
    static Set<String> lowercaseWords(List<ArchivedArticle> articles) {
        return counts(articles).lowercaseWords();
    }

    /** How often the articles write each word in lower case and capitalised, counted on every core. */
    static CaseCounts counts(List<ArchivedArticle> articles) {
        return articles.parallelStream().collect(CaseCounts::new, (counts, a) -> counts.count(a.article()), CaseCounts::addAll);
    }

    /** Paragraphs of the story proper that make its lead. */
    static final int LEAD_PARAGRAPHS = 2;

    /** The folded content words of the title and the lead (the first body paragraphs), repeats kept, for TF-IDF. */
    static List<String> lead(Article article) {
        List<String> out = new ArrayList<>();
        addAll(out, article.title());
        int n = 0;
        for (Paragraph p : article.paragraphs()) {
            if (p.kind() == ParagraphKind.BODY && n++ < LEAD_PARAGRAPHS) {
                addAll(out, p.text());
            }
        }
        return out;
    }

    private static void addAll(List<String> out, String text) {
        for (String w : NameKey.words(NameKey.of(text))) {
            if (w.length() >= MIN_LETTERS && !STOP.contains(w)) {
                out.add(w);
            }
        }
    }

    /** True for a folded word too common to tell texts apart ("will", "between"). */
    static boolean isStopWord(String folded) {
        return STOP.contains(folded);
    }

    private static int add(Set<String> out, String text) {
        int n = 0;
        for (String w : NameKey.words(NameKey.of(text))) {
            n++;
            if (w.length() >= MIN_LETTERS && !STOP.contains(w)) {
                out.add(w);
            }
        }
        return n;
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = Wording.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    words.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
