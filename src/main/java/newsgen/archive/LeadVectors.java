package newsgen.archive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Each article's title and lead words as a vector of TF-IDF weights, for story clustering (moved out of {@link ArchiveBuilder}). */
final class LeadVectors {
    private LeadVectors() {
    }

    /** A word of the articles' leads: its one string, and how many articles use it. */
    private static final class Word {
        final String text;
        int articles;
        /** The last article's words that counted this one, so an article counts once. */
        List<String> last;

        Word(String text) {
            this.text = text;
        }
    }

    /** Each article's title and lead as TF-IDF weights of length 1: words rare in the archive weigh most. */
    static List<WordVector> of(List<List<String>> words, int articles) {
        // Each word once, with the number of articles using it; the vectors hold that one string of each word.
        Map<String, Word> df = new HashMap<>();
        for (List<String> ws : words) {
            for (String w : ws) {
                Word word = df.computeIfAbsent(w, Word::new);
                if (word.last != ws) {
                    word.last = ws;
                    word.articles++;
                }
            }
        }
        List<WordVector> out = new ArrayList<>();
        for (List<String> ws : words) {
            Map<String, Double> v = new HashMap<>();
            ws.forEach(w -> v.merge(df.get(w).text, 1.0, Double::sum));
            double norm = 0;
            for (Map.Entry<String, Double> e : v.entrySet()) {
                double weight = e.getValue() * Math.log((articles + 1.0) / df.get(e.getKey()).articles);
                e.setValue(weight);
                norm += weight * weight;
            }
            double length = Math.sqrt(norm);
            if (length > 0) {
                v.replaceAll((w, x) -> x / length);
            }
            out.add(new WordVector(v));
        }
        return out;
    }
}
