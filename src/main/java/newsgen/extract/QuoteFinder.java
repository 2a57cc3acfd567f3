package newsgen.extract;

import newsgen.model.ParagraphKind;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds every span between quotation marks: “…”, "…", ''…'', ‘…’ (not an apostrophe inside a word), mixed or
 * unbalanced marks, and quotations that run over several paragraphs (an unclosed mark continues in the next
 * paragraph when that one opens with a mark again or closes one). One linear pass per paragraph.
 */
final class QuoteFinder {
    /**
     * A quotation found.
     *
     * @param start      the paragraph it starts in, and the offset of its opening mark there
     * @param end        the paragraph it ends in, and the offset of its closing mark there (or the paragraph's end)
     */
    record Span(ArticleText.Para start, int open, ArticleText.Para end, int close, String text, boolean partial) {
    }

    private enum Family { DOUBLE, TWO_APOSTROPHES, SINGLE }

    private static final int UNKNOWN = -2;
    /** Runs of white space between the words of a quotation. */
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    List<Span> find(ArticleText article) {
        List<ArticleText.Para> paras = new ArrayList<>();
        for (ArticleText.Para p : article.paras) {
            if (p.kind() != ParagraphKind.CAPTION) {
                paras.add(p);
            }
        }
        List<Span> out = new ArrayList<>();
        Family family = null;
        char opener = 0;
        ArticleText.Para openPara = null;
        int open = -1;
        StringBuilder inner = new StringBuilder();
        for (int pi = 0; pi < paras.size(); pi++) {
            ArticleText.Para p = paras.get(pi);
            String s = p.text();
            int from = 0;
            if (family != null) {
                // an unclosed quotation from the paragraph before: it goes on here only if this paragraph reopens it
                int k = skipSpaces(s, 0);
                if (k < s.length() && markFamily(s, k) == family && QuoteMarks.isOpening(s, k)) {
                    from = k + markLength(s, k, family);
                    inner.append(' ');
                } else if (!closesFirst(s, family)) {
                    ArticleText.Para prev = paras.get(pi - 1);
                    emit(out, openPara, open, prev, prev.text().length(), inner);
                    family = null;
                } else {
                    inner.append(' ');
                }
            }
            int i = from;
            int innerStart = from;
            int lastSingleClose = UNKNOWN; // found only when a single mark might open, as most paragraphs have none
            char[] chars = p.chars();
            // only the quotation marks matter here: read from their offsets (Para.marks), not from every character
            int[] marks = p.marks();
            int m = 0;
            while (true) {
                while (m < marks.length && marks[m] < i) {
                    m++;
                }
                if (m == marks.length) {
                    break;
                }
                i = marks[m];
                char c = chars[i];
                Family f = markFamily(s, i);
                int len = f == null ? 1 : markLength(s, i, f);
                if (family == null) {
                    if (f == Family.SINGLE && lastSingleClose == UNKNOWN) {
                        lastSingleClose = lastClosingSingle(s);
                    }
                    if (f != null && QuoteMarks.isOpening(s, i) && !QuoteMarks.isInWord(s, i)
                            && (f != Family.SINGLE || lastSingleClose > i + 1)) {
                        family = f;
                        opener = c;
                        openPara = p;
                        open = i;
                        innerStart = i + len;
                        inner.setLength(0);
                    }
                } else if (f == family) {
                    boolean lowPair = closesLowOpening(opener, c);
                    boolean reopening = !lowPair && isOpenOnly(c) && family == Family.DOUBLE;
                    if (lowPair || isClosing(s, i, f) || reopening) {
                        inner.append(s, innerStart, i);
                        emit(out, openPara, open, p, i, inner);
                        family = null;
                        if (reopening) {
                            continue; // an unbalanced “ before another “: the new one opens a quotation of its own
                        }
                    }
                }
                i += len;
            }
            if (family != null) {
                inner.append(s, innerStart, s.length());
            }
        }
        if (family != null && !paras.isEmpty()) {
            ArticleText.Para last = paras.get(paras.size() - 1);
            emit(out, openPara, open, last, last.text().length(), inner);
        }
        return out;
    }

    private static void emit(List<Span> out, ArticleText.Para start, int open, ArticleText.Para end, int close,
                             StringBuilder inner) {
        String text = inner.toString().strip();
        boolean letters = false;
        for (int k = 0; k < text.length() && !letters; k++) {
            letters = Character.isLetterOrDigit(text.charAt(k));
        }
        if (letters && !(start == end && !NameRuns.titleCaseLine(start) && nickname(start.text(), open, close, text))) {
            out.add(new Span(start, open, end, close, text, partial(start, open, text)));
        }
        inner.setLength(0);
    }

    /**
     * Rule "nickname inside a name": state Del. Marcia “Cia” Hollins, Dwayne "The Hammer" Okafor: one to three
     * capitalised words quoted between a given name and a capitalised word, with a space on each side, outside a
     * title-case line, are the person's nickname, no quotation (the quote pages listed "Cia" said by no one).
     */
    private static boolean nickname(String s, int open, int close, String text) {
        if (open < 2 || close + 2 >= s.length() || s.charAt(open - 1) != ' ' || s.charAt(close + 1) != ' '
                || !Character.isUpperCase(s.charAt(close + 2)) || !Character.isLowerCase(s.charAt(open - 2))) {
            return false;
        }
        int w = open - 2;
        while (w > 0 && Character.isLetter(s.charAt(w - 1))) {
            w--;
        }
        if (!Character.isUpperCase(s.charAt(w)) || !Gazetteer.get().givenNames.contains(Slugs.fold(s.substring(w, open - 1)))) {
            return false; // the word before is no given name
        }
        String[] words = text.split(" ");
        if (words.length > 3) {
            return false;
        }
        for (String word : words) {
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** A fragment inside the writer's own sentence: words before it, not introduced by a colon or comma. */
    private static boolean partial(ArticleText.Para p, int open, String text) {
        String s = p.text();
        int sentenceStart = p.sentenceOf(open).start();
        char before = PersonRules.lastCharBefore(s, open);
        boolean wordsBefore = false;
        for (int k = sentenceStart; k < open && !wordsBefore; k++) {
            wordsBefore = Character.isLetterOrDigit(s.charAt(k));
        }
        if (!wordsBefore || before == ':' || before == ',') {
            return false;
        }
        boolean capital = Character.isUpperCase(text.charAt(0));
        return !(capital && WHITESPACE.split(text, 6).length > 5);
    }

    private static Family markFamily(String s, int i) {
        char c = s.charAt(i);
        if (c == '\'' && i + 1 < s.length() && s.charAt(i + 1) == '\'') {
            return Family.TWO_APOSTROPHES;
        }
        if (c == '"' || QuoteMarks.isDoubleOpen(c) || QuoteMarks.isDoubleClose(c) || c == '\u201f') {
            return Family.DOUBLE;
        }
        if (QuoteMarks.isInWord(s, i)) {
            return null;
        }
        return c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201b' ? Family.SINGLE : null;
    }

    private static int markLength(String s, int i, Family f) {
        return f == Family.TWO_APOSTROPHES ? 2 : 1;
    }

    /**
     * A low opening mark „ is closed by “ in German and Czech print („Wir sind bereit“), where “ would otherwise
     * open a second quotation and leave the first one's cue verb inside a quotation of its own.
     */
    private static boolean closesLowOpening(char opener, char c) {
        return opener == '\u201e' && c == '\u201c';
    }

    private static boolean isOpenOnly(char c) {
        return QuoteMarks.isDoubleOpen(c);
    }

    /** A closing mark: a closing character, or a neutral one after a non-space. */
    private static boolean isClosing(String s, int i, Family f) {
        char c = s.charAt(i);
        if (QuoteMarks.isDoubleClose(c) || c == '\u2019') {
            return true;
        }
        if (QuoteMarks.isDoubleOpen(c) || c == '\u2018') {
            return false;
        }
        return i > 0 && !Character.isWhitespace(s.charAt(i - 1)) || f == Family.TWO_APOSTROPHES
                || c == '"' && closesNested(s, i);
    }

    /**
     * "…tells 'them they are outsiders,' " Roe wrote": a space set between a nested quotation's closing single mark
     * and the outer closing mark, as print does to keep the two apart.
     */
    private static boolean closesNested(String s, int i) {
        if (i < 3 || s.charAt(i - 1) != ' ') {
            return false;
        }
        char single = s.charAt(i - 2);
        return (single == '\'' || single == '\u2019') && !Character.isWhitespace(s.charAt(i - 3))
                && (i + 1 >= s.length() || !Character.isLetterOrDigit(s.charAt(i + 1)));
    }

    /** Where the paragraph's last closing single mark is (not an apostrophe in a word): single quotes open only before it. */
    private static int lastClosingSingle(String s) {
        for (int k = s.length() - 1; k > 0; k--) {
            char c = s.charAt(k);
            if ((c == '\'' || c == '\u2019') && !QuoteMarks.isInWord(s, k) && !Character.isWhitespace(s.charAt(k - 1))
                    && (k + 1 >= s.length() || !Character.isLetterOrDigit(s.charAt(k + 1)))) {
                return k;
            }
        }
        return -1;
    }

    /** The paragraph closes a quotation of the family before it opens one: the quotation was carried over. */
    private static boolean closesFirst(String s, Family family) {
        for (int k = 0; k < s.length(); k++) {
            Family f = QuoteMarks.isMark(s.charAt(k)) ? markFamily(s, k) : null;
            if (f == family) {
                return !QuoteMarks.isOpening(s, k) && isClosing(s, k, f);
            }
        }
        return false;
    }

    private static int skipSpaces(String s, int k) {
        while (k < s.length() && Character.isWhitespace(s.charAt(k))) {
            k++;
        }
        return k;
    }
}
