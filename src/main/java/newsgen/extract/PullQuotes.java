package newsgen.extract;

/**
 * The rules for a pulled-out quotation credited by a line of its own: signed on its last line, inside the marks, as
 * HuffPost and others print them ("\"We are going to enter the next recession without that consensus.⏎Jane Roe,
 * Economic Policy Institute.\""), or credited by the sentence right after it ("“…” That quote from Commissioner
 * Jane Roe appeared on the front page in 1980."). Part of {@link Sieve}.
 */
final class PullQuotes {
    private final ArticleMentions mentions;
    private final Gazetteer gaz;

    PullQuotes(ArticleMentions mentions, Gazetteer gaz) {
        this.mentions = mentions;
        this.gaz = gaz;
    }

    /** How many words the signing line may have ("Former party president Jon Roe, Democracy for America."). */
    private static final int LINE_WORDS = 12;

    /** See {@link SpeakerRule#PULL_QUOTE_SIGNATURE}: the person who signs the quotation's last sentence, or null. */
    SpeakerRule.Found signedLastLine(QuoteFinder.Span q) {
        ArticleText.Para p = q.start();
        if (q.end() != p) {
            return null;
        }
        String s = p.text();
        int end = q.close();
        while (end > q.open() && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        // the words end with a full stop right before the closing mark (a line break, lost with the paragraph's
        // lines joined, set the signature apart; its last sentence of a name alone stands for it)
        if (end - 1 <= q.open() || s.charAt(end - 1) != '.') {
            return null;
        }
        int lineStart = p.sentenceOf(end - 1).start();
        TokenReader r = new TokenReader(p);
        int from = r.tokenAt(lineStart);
        int to = r.tokenAt(end);
        // a sentence of the quotation before it, ended by a full stop or "!" (after "?" a bare name answers it)
        char before = r.charBefore(lineStart);
        if (lineStart <= q.open() + 1 || from >= to || to - from > LINE_WORDS || !r.token(from).cap()
                || before != '.' && before != '!') {
            return null;
        }
        for (ActorFinder.Mention m : mentions.actors(p.index(), r.token(from).start(), end)) {
            String name = s.substring(m.start(), m.end());
            // a person named in full, a title at most before ("Former NAACP president Jon Roe") and only an
            // affiliation after its comma ("Jane Roe, Economic Policy Institute.")
            if (!m.actor().isPerson()) {
                continue; // "NAACP" of "Former NAACP president Jon Roe"
            }
            int at = r.tokenAt(m.start());
            if (Subjects.isPossessive(p, m) || name.indexOf(' ') < 0 || at - from > TITLE_WORDS
                    || at > from && !titleBefore(r, at) || m.end() < end - 1 && r.charAfter(m.end()) != ','
                    || !noCueVerbAfter(r, m.end(), end)) {
                return null; // "Merry Xmas. Vote Jon Roe.": words before the name that are no title
            }
            return new SpeakerRule.Found(Speaker.of(m), null);
        }
        return null;
    }

    /** Whether the word before token {@code at} is a title, lowercase ("president" of "Former NAACP president"). */
    private boolean titleBefore(TokenReader r, int at) {
        Token w = r.token(at - 1);
        return !w.cap() && gaz.titles.contains(w.key()) && r.joined(at - 1);
    }

    /** How many words may stand before the name ("Former NAACP president"). */
    private static final int TITLE_WORDS = 4;

    /**
     * Whether the words after the name up to {@code end} may be an affiliation rather than a clause: none of them is a
     * lowercase cue verb ("Jane Roe, Economic Policy Institute." yes; "Jane Roe, she said." no). Nothing else of the
     * words is asked: neither their capitals nor their length.
     */
    private static boolean noCueVerbAfter(TokenReader r, int from, int end) {
        int to = r.tokenAt(end);
        for (int i = r.tokenAt(from); i < to; i++) {
            if (!r.token(i).cap() && r.isCueVerb(i)) {
                return false;
            }
        }
        return true;
    }

    /** Nouns for the words just quoted ("That quote from …", "The remark by …"). */
    private static final java.util.Set<String> CREDIT_NOUNS = WordSet.of("quote", "quotation", "remark", "comment",
            "line", "words", "statement", "tweet", "sentiment", "warning", "observation");

    /** Words that point back at the quotation before ("That quote", "The remark"). */
    private static final java.util.Set<String> POINTERS = WordSet.of("that", "this", "the", "those", "these");

    /** See {@link SpeakerRule#CREDITED_AFTER}: the person the sentence after the quotation credits, or null. */
    SpeakerRule.Found creditedAfter(QuoteFinder.Span q) {
        ArticleText.Para p = q.start();
        if (q.end() != p) {
            return null;
        }
        TokenReader r = new TokenReader(p);
        int k = r.tokenAt(q.close() + 1);
        // the quotation is a sentence of its own, opening the paragraph, and the next sentence starts right after it
        if (k + 3 >= r.size() || !r.token(k).cap() || !POINTERS.contains(r.token(k).key()) || r.wordBetween(0, q.open())
                || p.sentenceIndex(r.token(k).start()) == p.sentenceIndex(q.open())
                || !CREDIT_NOUNS.contains(r.token(k + 1).key()) || r.token(k + 1).cap() || !r.joined(k) || !r.joined(k + 1)) {
            return null;
        }
        Token by = r.token(k + 2);
        if (by.cap() || !by.key().equals("from") && !by.key().equals("by") && !by.key().equals("of")) {
            return null;
        }
        for (ActorFinder.Mention m : mentions.actors(p.index(), by.end(), p.sentenceOf(by.start()).end())) {
            // the first name after "from", a person, a title at most before it ("from Alabama Securities Commissioner")
            return m.actor().isPerson() && !Subjects.isPossessive(p, m) && r.wordsBetween(by.end(), m.start()) <= TITLE_WORDS
                    && !r.markBetween(by.end(), m.start()) ? new SpeakerRule.Found(Speaker.of(m), null) : null;
        }
        return null;
    }
}
