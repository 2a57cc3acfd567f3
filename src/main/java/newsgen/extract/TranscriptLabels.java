package newsgen.extract;

import java.util.Locale;

/**
 * Rule "transcript speaker label": "ROE: Do you think …", "DOE: Secretary Smith, did you …": in a transcript
 * (two paragraphs or more opening with a word in capitals and a colon) the word in capitals opening a paragraph before
 * its colon is the speaker's surname, a person, not an unknown acronym's organisation. Not an English word
 * ("UPDATE:", "CORRECTION:") nor a known acronym; three letters or more.
 */
final class TranscriptLabels {
    static final String RULE = "transcript speaker label";

    private TranscriptLabels() {
    }

    /** Whether the run is one label word in a transcript. */
    static boolean label(ArticleText text, ArticleText.Para p, NameRuns.Run run) {
        if (run.size() != 1 || !labelAt(p, run.from())) {
            return false;
        }
        String word = p.tokens().get(run.from()).text();
        if (EnglishWords.contains(word.toLowerCase(Locale.ROOT))) {
            return false;
        }
        int labels = 0;
        for (ArticleText.Para q : text.paras) {
            labels += !q.tokens().isEmpty() && labelAt(q, 0) ? 1 : 0;
        }
        return labels >= 2;
    }

    /** The surname as a name is written: "ROE" → "Roe", "O'NEIL" → "O'Neil". */
    static String asName(String word) {
        StringBuilder out = new StringBuilder(word.length());
        boolean start = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            out.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return out.toString();
    }

    /** A word in capitals, no dots, the paragraph's first (after quotation marks at most), with a colon right after. */
    private static boolean labelAt(ArticleText.Para p, int k) {
        var t = p.tokens();
        Token w = t.get(k);
        if (k != 0 || !w.upper() || w.text().length() < 3 || w.text().indexOf('.') >= 0 || w.possessive()) {
            return false;
        }
        String s = p.text();
        for (int i = 0; i < w.start(); i++) {
            if (!QuoteMarks.isMark(s.charAt(i)) && !Character.isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return w.end() < s.length() && s.charAt(w.end()) == ':';
    }
}
