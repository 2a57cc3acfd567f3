package newsgen.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Rule "first person": "“I am not shy,” I said." in a column, a memoir excerpt or a first-person essay is its
 * writer's; the writer is the person the article names as its author: a closing line about the writer ("Jane Roe is a
 * playwright in residence at …", as opinion pages print it) or an editor's note that the text is an excerpt from a
 * person's book ("… excerpts from author Jane Roe's new book"). Null when the article names no author so: an "I"
 * in a news story is someone the story quotes, whom other rules find.
 */
final class FirstPersonAuthors {
    private final ArticleMentions mentions;
    private Speaker author;

    FirstPersonAuthors(ArticleMentions mentions) {
        this.mentions = mentions;
    }

    /** How many paragraphs from the end a closing line about the writer may stand (a note or a link may follow). */
    private static final int CLOSING_PARAGRAPHS = 2;
    /** How many paragraphs from the start an editor's note may stand (after the headline and a summary). */
    private static final int OPENING_PARAGRAPHS = 3;
    /** A closing line about the writer is short: one or two sentences of who they are. */
    private static final int CLOSING_LENGTH = 400;
    /**
     * After the writer's name: "is", "writes", "teaches" (an aside in commas may come first); not "was", which
     * tells a story ("Jane Roe was furious with the council").
     */
    private static final Pattern ABOUT_THE_WRITER = Pattern.compile(
            "\\s*+(?:,[^,.]{1,80},\\s*+)?(?:is|writes|teaches)\\s");
    /** Quotation marks: a closing line about the writer quotes no one. */
    private static final Pattern QUOTATION_MARK = Pattern.compile("[\"\u201c\u201d]");
    /** A word saying the text is taken from a book. */
    private static final Pattern EXCERPT = Pattern.compile("(?i)\\b(?:excerpts?|excerpted|adapted from)\\b");
    /** What the owner of "’s" in an editor's note owns: a book. */
    private static final Pattern BOOK = Pattern.compile("(?i)^\\s*+(?:(?:new|latest|forthcoming|upcoming|bestselling|best-selling)\\s++)*+(?:book|memoir)\\b");

    /** The article's writer as a speaker, or NONE; looked for once. */
    Speaker author() {
        if (author == null) {
            author = find();
        }
        return author;
    }

    private Speaker find() {
        List<ArticleText.Para> paras = mentions.paragraphs();
        for (int i = paras.size() - 1; i >= 0 && i >= paras.size() - CLOSING_PARAGRAPHS; i--) {
            ArticleText.Para p = paras.get(i);
            List<ActorFinder.Mention> list = mentions.actorsOf(p.index());
            if (p.text().length() > CLOSING_LENGTH || list.isEmpty() || QUOTATION_MARK.matcher(p.text()).find()) {
                continue;
            }
            ActorFinder.Mention m = list.get(0);
            int start = 0;
            while (start < p.text().length() && !Character.isLetter(p.text().charAt(start))) {
                start++;
            }
            if (m.actor().isPerson() && m.start() == start && m.actor().name().indexOf(' ') > 0
                    && ABOUT_THE_WRITER.matcher(p.text()).region(m.end(), p.text().length()).lookingAt()) {
                return Speaker.of(m);
            }
        }
        for (int i = 0; i < paras.size() && i < OPENING_PARAGRAPHS; i++) {
            ArticleText.Para p = paras.get(i);
            if (!EXCERPT.matcher(p.text()).find()) {
                continue;
            }
            for (ActorFinder.Mention m : mentions.actorsOf(p.index())) {
                String after = p.text().substring(Math.min(m.end(), p.text().length()));
                if (m.actor().isPerson() && Subjects.isPossessive(p, m) && BOOK.matcher(after).lookingAt()) {
                    return Speaker.of(m);
                }
            }
        }
        return Speaker.NONE;
    }

    /**
     * Rule "first person": the writer, when the subject of the quotation's cue verb is "I" ("“…,” I said", "I told
     * the judge, “…”", "I laughed and said, “…”") and the article names its writer; null otherwise.
     */
    SpeakerRule.Found firstPerson(Sieve.CueAt cue) {
        if (cue == null) {
            return null;
        }
        var t = cue.para().tokens();
        TokenReader r = new TokenReader(cue.para());
        int k = cue.verbFirst() ? cue.verb() + 1 : SubjectWords.pastAdverbs(r, t, cue.verb());
        if (!cue.verbFirst() && k >= 2 && t.get(k).key().equals("and") && r.joined(k - 2) && r.joined(k - 1) && r.joined(k)) {
            k -= 2; // "I laughed and said": the subject of the verb before "and"
        }
        if (k < 0 || k >= t.size() || !t.get(k).text().equals("I") || !author().named()) {
            return null;
        }
        return new SpeakerRule.Found(author(), t.get(cue.verb()).key());
    }
}
