package newsgen.extract;

import newsgen.model.Article;
import newsgen.model.Paragraph;
import newsgen.model.ParagraphKind;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An article's paragraphs cut into sentences and words, with the gazetteer names found in them. */
final class ArticleText {
    /** The credit that ends a caption ("Photo: Presidence du Niger/X"): not part of what the caption says. */
    private static final Pattern PHOTO_CREDIT = Pattern.compile("\\b(?:Photo|Image|Picture|Credit)s?\\s*:");

    /**
     * One paragraph ready for the finders.
     *
     * @param text     the part extraction reads (a caption without its photo credit)
     * @param matches  gazetteer names, in text order, not overlapping
     * @param chars    the text's characters, for scans: in gen's C1-compiled code each String.charAt is a call (and
     *                 a bounds check of its own on text with characters above Latin-1, as most news has), which was
     *                 the most of such scans' time (JFR); made once, not by each scan
     * @param marks    the offsets of the text's quotation marks and apostrophes ({@link QuoteMarks#isMark}), in order:
     *                 found in the one pass that also looks for brackets and no-break spaces, so that the
     *                 {@link QuoteFinder} reads these instead of every character again (its scan was ~2% of
     *                 {@code gen extract}'s CPU samples, JFR)
     */
    record Para(int index, ParagraphKind kind, String text, List<Token> tokens, List<Sentences.Span> sentences,
                List<Gazetteer.Match> matches, Gazetteer.Match[] byToken, char[] chars, int[] marks, Derived derived) {
        /**
         * The paragraph's capitalised runs ({@link NameRuns#runs}), made at the first asking and kept: the organisation
         * and place finders both read them, and making them twice was ~3% of {@code gen extract}'s CPU (JFR, 10,164
         * articles). The runs are the paragraph's alone (its tokens, the gazetteer, word lists).
         */
        List<NameRuns.Run> runs() {
            if (derived.runs == null) {
                derived.runs = List.copyOf(NameRuns.runs(this));
            }
            return derived.runs;
        }

        /**
         * The tokens' start offsets in order, made at the first asking and kept: the speaker rules look up the token at
         * an offset again and again ({@link TokenReader#tokenAt}), and a binary search that read each token's start
         * through the list was ~1.5% of {@code gen extract}'s CPU samples (JFR, 10,164 articles).
         */
        int[] starts() {
            int[] s = derived.starts;
            if (s == null) {
                s = new int[tokens.size()];
                for (int i = 0; i < s.length; i++) {
                    s[i] = tokens.get(i).start();
                }
                derived.starts = s;
            }
            return s;
        }

        boolean isCaption() {
            return kind == ParagraphKind.CAPTION;
        }

        String sentenceAt(int offset) {
            Sentences.Span s = sentenceOf(offset);
            return text.substring(s.start(), s.end()).strip();
        }

        /** The sentence holding {@code offset}. */
        Sentences.Span sentenceOf(int offset) {
            return sentences.get(sentenceIndex(offset));
        }

        /** The index in {@link #sentences} of the sentence holding {@code offset}. */
        int sentenceIndex(int offset) {
            return Sentences.indexOf(sentences, offset);
        }

        /** The gazetteer match covering token {@code i}, or null. */
        Gazetteer.Match matchAt(int i) {
            return i >= 0 && i < byToken.length ? byToken[i] : null;
        }

        /** The words from token {@code from} to {@code to} (exclusive) as written, without a final possessive. */
        String surface(int from, int to) {
            Token last = tokens.get(to - 1);
            return text.substring(tokens.get(from).start(), last.start() + last.text().length());
        }
    }

    /**
     * An acronym defined in brackets right after a capitalised word: "Competition and Markets Authority (CMA)"; not
     * after a word in capitals, as in the dateline "WASHINGTON (AP) —", nor before a dash, as in the dateline
     * "Cleveland (AFP) –": there the brackets name the wire service.
     */
    private static final Pattern DEFINED_ACRONYM = Pattern.compile("(?<![\\p{L}.])\\p{Lu}\\p{Lu}*+\\p{Ll}[\\p{L}.]*+\\s++\\((\\p{Lu}{2,8})\\)"
            + "(?!\\s*+(?:[" + Dashes.CLASS + "]|--))");

    final List<Para> paras = new ArrayList<>();
    /** {@link WrittenAs#writtenAs}'s answers for this article, by question. */
    final java.util.Map<Object, Boolean> writtenAs = new java.util.HashMap<>();

    /**
     * Whether the text holds "(" then 2 to 8 letters then ")", which {@link #DEFINED_ACRONYM} needs: the pattern is
     * tried only then. Why: searched from every offset of every paragraph with a bracket, it was ~1% of
     * {@code gen extract}'s CPU (JFR), and most brackets hold no acronym.
     */
    static boolean bracketedLetters(String text) {
        return bracketedLetters(text.toCharArray());
    }

    /** As {@link #bracketedLetters(String)}, of the text's characters. */
    static boolean bracketedLetters(char[] text) {
        for (int open = 0; open < text.length; open++) {
            if (text[open] == '(' && lettersInBrackets(text, open)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the "(" at {@code open} is followed by 2 to 8 letters and ")". */
    private static boolean lettersInBrackets(char[] text, int open) {
        int n = text.length;
        int k = open + 1;
        while (k < n && k - open <= 8 && Character.isLetter(text[k])) {
            k++;
        }
        return k - open >= 3 && k < n && text[k] == ')';
    }

    /** {@link #scan}: the text holds "(" then 2 to 8 letters then ")" ({@link #bracketedLetters}). */
    private static final int LETTERS_IN_BRACKETS = 1;
    /** {@link #scan}: the text holds a no-break space. */
    private static final int NO_BREAK_SPACE = 2;

    /**
     * The ASCII characters {@link #scan} looks at: the bracket, the quotation marks ({@link QuoteMarks#isMark}) and
     * the marks that may end a sentence.
     */
    private static final boolean[] SCANNED = new boolean[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            SCANNED[c] = c == '(' || QuoteMarks.isMark(c) || Sentences.isStop(c);
        }
    }

    /**
     * One pass over a paragraph's characters: what it holds, as the bits above, and the offsets of its quotation
     * marks and of its sentence stops ({@link Sentences#isStop}), written into {@code offsets[0]} and
     * {@code offsets[1]} (grown as needed), their numbers into {@code counts}.
     */
    private static int scan(char[] text, int[][] offsets, int[] counts) {
        int found = 0;
        int marks = 0;
        int stops = 0;
        int[] markAt = offsets[0];
        int[] stopAt = offsets[1];
        for (int i = 0; i < text.length; i++) {
            char c = text[i];
            if (c < 0x80 && !SCANNED[c]) {
                continue; // most characters: one comparison and one look-up (a test for each case was twice as slow, JFR)
            }
            if (c == '(') {
                if ((found & LETTERS_IN_BRACKETS) == 0 && lettersInBrackets(text, i)) {
                    found |= LETTERS_IN_BRACKETS;
                }
            } else if (c == '\u00a0') {
                found |= NO_BREAK_SPACE;
            } else if (Sentences.isStop(c)) {
                if (stops == stopAt.length) {
                    stopAt = java.util.Arrays.copyOf(stopAt, stops * 2);
                    offsets[1] = stopAt;
                }
                stopAt[stops++] = i;
            } else if (QuoteMarks.isMark(c)) {
                if (marks == markAt.length) {
                    markAt = java.util.Arrays.copyOf(markAt, marks * 2);
                    offsets[0] = markAt;
                }
                markAt[marks++] = i;
            }
        }
        counts[0] = marks;
        counts[1] = stops;
        return found;
    }

    /** The offsets below {@code end}: a prefix of ascending offsets. */
    private static int[] below(int[] offsets, int end) {
        int kept = 0;
        while (kept < offsets.length && offsets[kept] < end) {
            kept++;
        }
        return kept == offsets.length ? offsets : java.util.Arrays.copyOf(offsets, kept);
    }

    /**
     * What is made of a {@link Para} when first asked and kept for the next finder. A paragraph is read by the one
     * thread that extracts its article.
     */
    static final class Derived {
        private List<NameRuns.Run> runs;
        private int[] starts;
    }

    ArticleText(Article article) {
        Gazetteer gaz = Gazetteer.get();
        // an acronym the article defines means what the article says, not what the gazetteer says
        // Each paragraph's characters are copied out once, here, and read as an array by the scans below and by the
        // finders (Para.chars): each scan of the string on its own (for a bracket, for a no-break space) and the copy
        // were each a pass over every paragraph (~1% of gen extract's CPU samples together, JFR).
        List<Paragraph> all = article.paragraphs();
        char[][] charsOf = new char[all.size()][];
        int[][] marksOf = new int[all.size()][];
        int[][] stopsOf = new int[all.size()][];
        boolean[] noBreakSpace = new boolean[all.size()];
        int[][] scratch = {new int[64], new int[64]};
        int[] counts = new int[2];
        java.util.Set<String> defined = new java.util.HashSet<>();
        for (int k = 0; k < all.size(); k++) {
            Paragraph p = all.get(k);
            if (p.text() != null) {
                charsOf[k] = p.text().toCharArray();
                int found = scan(charsOf[k], scratch, counts);
                marksOf[k] = java.util.Arrays.copyOf(scratch[0], counts[0]);
                stopsOf[k] = java.util.Arrays.copyOf(scratch[1], counts[1]);
                noBreakSpace[k] = (found & NO_BREAK_SPACE) != 0;
                if ((found & LETTERS_IN_BRACKETS) != 0) {
                    Matcher m = DEFINED_ACRONYM.matcher(p.text());
                    while (m.find()) {
                        defined.add(m.group(1));
                    }
                }
            }
        }
        for (int k = 0; k < all.size(); k++) {
            Paragraph p = all.get(k);
            if (p.kind() == ParagraphKind.CREDIT || p.text() == null) {
                continue;
            }
            // a no-break space ("He\u00a0then") separates words as a space does: the rules read spaces only, and
            // one character for one keeps every offset (a no-break space is no quotation mark: the marks stay)
            String text = p.text();
            char[] chars = charsOf[k];
            int[] marks = marksOf[k];
            int[] stops = stopsOf[k];
            if (noBreakSpace[k]) {
                text = text.replace('\u00a0', ' ');
                chars = text.toCharArray();
            }
            if (p.kind() == ParagraphKind.CAPTION) {
                Matcher m = PHOTO_CREDIT.matcher(text);
                if (m.find()) {
                    text = text.substring(0, m.start());
                    chars = java.util.Arrays.copyOf(chars, m.start());
                    marks = below(marks, m.start());
                    stops = below(stops, m.start());
                }
            }
            List<Sentences.Span> sentences = Sentences.split(text, chars, stops);
            List<Token> tokens = Tokenizer.tokens(text, chars, sentences);
            List<Gazetteer.Match> matches = new ArrayList<>();
            Gazetteer.Match[] byToken = new Gazetteer.Match[tokens.size()];
            for (int i = 0; i < tokens.size(); ) {
                Gazetteer.Match m = gaz.longestAt(tokens, text, i);
                if (m != null && m.to() - m.from() == 1 && m.entry().kind() == Gazetteer.Kind.ORGANIZATION
                        && defined.contains(tokens.get(i).text()) && !m.entry().name().equals(tokens.get(i).text())) {
                    m = null;
                }
                if (m != null) {
                    matches.add(m);
                    java.util.Arrays.fill(byToken, m.from(), m.to(), m);
                    i = m.to();
                } else {
                    i++;
                }
            }
            paras.add(new Para(p.index(), p.kind(), text, tokens, sentences, List.copyOf(matches), byToken, chars,
                    marks, new Derived()));
        }
    }
}
