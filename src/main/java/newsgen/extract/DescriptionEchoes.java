package newsgen.extract;

import java.util.List;

/**
 * Rule "description echo": "Karin Roe delivered her acceptance speech as the Democratic nominee, painting her rival,
 * Peter Doe, as unqualified. ⏎ “…,” said the Democratic nominee": a description of two words or more that the article
 * has already tied to one person stands for that person, not for the last person named. The ties read:
 * <ul>
 * <li>"Karin Roe, the Democratic nominee," (an apposition after the name; "Karin Roe, the party's presidential
 * nominee," ties "the presidential nominee" too);</li>
 * <li>"the Democratic nominee, Karin Roe," and "the Democratic nominee Karin Roe" (the description before the name);</li>
 * <li>"Karin Roe … as the Democratic nominee" (the sentence's subject named "as" the description).</li>
 * </ul>
 * A one-word description ("the senator") ties nothing: too many people are one. Two people tied to the same words
 * tie none.
 */
final class DescriptionEchoes {
    /** How many paragraphs back a tie is looked for. */
    private static final int PARAGRAPHS_BACK = 12;

    private final ArticleMentions mentions;

    DescriptionEchoes(ArticleMentions mentions) {
        this.mentions = mentions;
    }

    /**
     * The person the article tied the description of folded words {@code words} ("the", "democratic", "nominee") to
     * before offset {@code offset} of paragraph {@code p}; null when none, or more than one.
     */
    Speaker echoed(ArticleText.Para p, int offset, List<String> words) {
        int lead = 0;
        while (lead < words.size() && DescriptionWords.DETERMINERS.contains(words.get(lead))) {
            lead++;
        }
        List<String> body = words.subList(lead, words.size());
        if (body.size() < 2) {
            return null;
        }
        int pos = mentions.position(p);
        if (pos < 0) {
            return null;
        }
        newsgen.model.Actor tied = null;
        List<ArticleText.Para> paras = mentions.paragraphs();
        for (int back = pos; back >= 0 && pos - back <= PARAGRAPHS_BACK; back--) {
            ArticleText.Para q = paras.get(back);
            int end = back == pos ? offset : Integer.MAX_VALUE;
            List<Token> t = q.tokens();
            for (int i = 1; i + body.size() <= t.size() && t.get(i + body.size() - 1).end() <= end; i++) {
                // "the opposition's presidential candidate" ties "the presidential candidate" as well
                int the = t.get(i - 1).key().equals("the") ? i - 1
                        : i > 1 && t.get(i - 1).possessive() && !t.get(i - 1).cap() && t.get(i - 2).key().equals("the") ? i - 2 : -1;
                if (the < 0 || !matches(t, i, body)) {
                    continue;
                }
                ActorFinder.Mention m = tiedPerson(q, the, i + body.size() - 1);
                if (m != null) {
                    if (tied != null && !tied.id().equals(m.actor().id())) {
                        return null;
                    }
                    tied = m.actor();
                }
            }
        }
        return tied == null ? null : Speaker.of(tied);
    }

    private static boolean matches(List<Token> t, int i, List<String> body) {
        for (int j = 0; j < body.size(); j++) {
            if (!t.get(i + j).key().equals(body.get(j))) {
                return false;
            }
        }
        return true;
    }

    /** The person the description from token {@code the} to {@code head} is tied to where it stands, or null. */
    private ActorFinder.Mention tiedPerson(ArticleText.Para q, int the, int head) {
        List<Token> t = q.tokens();
        TokenReader r = new TokenReader(q);
        String s = q.text();
        if (head + 1 < t.size()) {
            // "the Democratic nominee, Karin Roe," / "the Democratic nominee Karin Roe"
            int next = t.get(head + 1).start();
            String gap = s.substring(t.get(head).end(), next);
            if (gap.equals(", ") || gap.equals(" ")) {
                ActorFinder.Mention m = personStartingAt(q, next);
                if (m != null) {
                    return m;
                }
            }
        }
        int before = t.get(the).start();
        if (the > 0 && s.substring(t.get(the - 1).end(), before).equals(", ")) {
            // "Karin Roe, the Democratic nominee,"
            for (ActorFinder.Mention m : mentions.actors(q.index(), 0, before)) {
                if (m.end() == t.get(the - 1).end() && m.actor().isPerson()) {
                    return m;
                }
            }
        }
        if (the > 0 && t.get(the - 1).key().equals("as") && r.joined(the - 1)) {
            // "Karin Roe delivered her acceptance speech as the Democratic nominee": the one person the sentence names
            // before "as" (not "Roe described Doe as the Democratic nominee", which names two)
            ActorFinder.Mention only = null;
            for (ActorFinder.Mention m : mentions.actors(q.index(), q.sentenceOf(before).start(), t.get(the - 1).start())) {
                if (m.actor().isPerson()) {
                    if (only != null && !only.actor().id().equals(m.actor().id())) {
                        return null;
                    }
                    only = m;
                }
            }
            return only;
        }
        return null;
    }

    private ActorFinder.Mention personStartingAt(ArticleText.Para q, int start) {
        for (ActorFinder.Mention m : mentions.actors(q.index(), start, start + 1)) {
            if (m.actor().isPerson()) {
                return m;
            }
        }
        return null;
    }
}
