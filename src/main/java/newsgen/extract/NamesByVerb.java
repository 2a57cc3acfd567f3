package newsgen.extract;

/**
 * The name standing right by a cue verb ("“…,” Haverly added", "said Army Capt. Jane Roe, who …"), as an actor or as
 * written, which the cue, name-shape and introduction rules read. Part of {@link Sieve}.
 */
final class NamesByVerb {
    private final Sieve sieve;
    private final ArticleMentions mentions;
    private final Subjects subjects;
    private final Gazetteer gaz;

    NamesByVerb(Sieve sieve, ArticleMentions mentions, Subjects subjects, Gazetteer gaz) {
        this.sieve = sieve;
        this.mentions = mentions;
        this.subjects = subjects;
        this.gaz = gaz;
    }

    /** Auxiliaries that may stand between a name and its cue verb ("Roe has said", "Roe had told"). */
    private static final java.util.Set<String> SAID_AUXILIARIES = WordSet.of("has", "had", "have", "also", "later",
            "then", "once");

    /** A name by a cue verb: an actor, or a name as written that no rule made an actor. */
    record NameByVerb(Speaker speaker, boolean actor, int end) {
        Speaker listed() {
            return actor ? speaker : Speaker.NONE;
        }
    }

    /** Words after a cue verb that open no subject ("said of Lund", "said on CNN", "said that Spade"). */
    static final java.util.Set<String> LINKS = WordSet.of("of", "on", "in", "at", "to", "for", "with",
            "about", "after", "during", "from", "by", "as", "that", "this", "last", "earlier", "later", "and", "but", "it",
            "he", "she", "they", "we", "i", "you", "his", "her", "their", "its", "before", "when", "while", "if");

    /**
     * A title whose word is also part of names ("Del Rio", "Lana Del Rey") and so is in no list of titles: only
     * written with its dot and right before a capitalised word ("Del. Jane Roe", a delegate) is it the title.
     */
    static boolean dottedTitle(ArticleText.Para p, Token w, Token next) {
        return DOTTED_TITLES.contains(w.text()) && next.cap() && next.start() == w.end() + 2
                && p.text().charAt(w.end()) == '.';
    }

    /** Titles that are titles only with their dot: "Del." (a delegate to Congress or a state house). */
    private static final java.util.Set<String> DOTTED_TITLES = WordSet.of("Del");

    /**
     * The name standing right by a cue verb, as an actor or as written: before it, the capitalised words joined to it
     * ("Haverly added"); after it, past a few describing words and an owner's possessive ("said Halvorsen's top foreign
     * policy aide Jake Roe", "said retired Army Capt. Jane Roe"), and ending the subject (a comma, "who", the
     * clause's end). Null when no name stands there.
     */
    NameByVerb nameByVerb(ArticleText.Para p, int verb, boolean after) {
        var t = p.tokens();
        TokenReader r = new TokenReader(p);
        int from;
        int to;
        if (after) {
            if (NotSubjects.tell(t.get(verb).key())) {
                return null; // rule "told listener": "“…,” Roe, who …, told Reuters Health": the name after "told" heard it
            }
            from = verb + 1;
            for (int round = 0; ; round++) {
                while (from < t.size() && from - verb <= 5 && !t.get(from).cap() && !Subjects.unnamed(t.get(from).key())
                        && !LINKS.contains(t.get(from).key()) && r.joined(from - 1)) {
                    from++;
                }
                if (from >= t.size() || !t.get(from).cap() || !r.joined(from - 1)) {
                    return null;
                }
                if (from + 1 < t.size() && dottedTitle(p, t.get(from), t.get(from + 1))) {
                    from++; // "said Del. Jane Roe of the Virgin Islands": the delegate, not a name "Del"
                }
                to = from + 1;
                while (to < t.size() && t.get(to).cap() && Gazetteer.joinable(p.text(), t.get(to - 1), t.get(to))) {
                    to++;
                }
                if (!t.get(to - 1).possessive() || round > 0) {
                    break;
                }
                from = to; // "Halvorsen's top aide Jake Roe": the owner is not the speaker
            }
            boolean ofPlace = to + 1 < t.size() && t.get(to).key().equals("of") && t.get(to + 1).cap() && r.joined(to);
            if (to < t.size() && !r.endsClause(to - 1) && r.joined(to - 1) && !t.get(to).key().equals("who") && !ofPlace) {
                return null; // "said Spade was wrong": the name opens a clause of its own ("beamed Jane Roe of Madison" does not)
            }
        } else {
            to = verb;
            if (to > 1 && !t.get(to - 1).cap() && SAID_AUXILIARIES.contains(t.get(to - 1).key()) && r.joined(to - 1)
                    && t.get(to - 2).cap() && r.joined(to - 2)) {
                to--; // "…, Fenwick has said": an auxiliary between the name and its verb
            }
            from = to;
            while (from > 0 && t.get(from - 1).cap() && (from == to ? r.joined(from - 1)
                    : Gazetteer.joinable(p.text(), t.get(from - 1), t.get(from)))) {
                from--;
            }
            if (from == to || from > 0 && t.get(from - 1).possessive() || NotSubjects.listenerBefore(t, from)) {
                return null; // "Roe's aide said"; "a source speaking to Fox News said"
            }
            ActorFinder.Mention owner = personBeforeOf(p, r, from);
            if (owner != null) {
                return new NameByVerb(Speaker.of(owner), true, to);
            }
        }
        // "Army Capt. Jane Roe": the words up to the last title are no part of the name
        for (int k = to - 2; k >= from; k--) {
            if (gaz.titles.contains(t.get(k).key()) || t.get(k).text().length() > 1 && Abbreviations.inName(t.get(k).text())) {
                from = k + 1;
                break;
            }
        }
        // "New York City Public Advocate Trish Roe": a long run's name starts at its last given name
        for (int k = to - 2; k > from && to - from > 3; k--) {
            if (gaz.givenNames.contains(t.get(k).key()) && !gaz.givenNames.contains(t.get(k - 1).key())) {
                from = k;
                break;
            }
        }
        ActorFinder.Mention person = null;
        ActorFinder.Mention any = null;
        for (ActorFinder.Mention m : mentions.actors(p.index(), t.get(from).start(), t.get(to - 1).end())) {
            any = any == null ? m : any;
            if (m.actor().isPerson() && person == null) {
                person = m;
            }
        }
        if (any != null) {
            return new NameByVerb(Speaker.of(person != null ? person : any), true, to);
        }
        // a mention starting before the run and reaching into it ("Sen. Jane Roe" made from the title on)
        for (ActorFinder.Mention m : mentions.actors(p.index(), t.get(Math.max(0, from - 2)).start(), t.get(from).start())) {
            if (m.end() > t.get(from).start()) {
                return new NameByVerb(Speaker.of(m), true, to);
            }
        }
        Speaker s = subjects.unlistedName(p, from, to, sieve.shape::capitalisedInside);
        return s.found() ? new NameByVerb(s, false, to) : null;
    }

    /**
     * Rule "person of a place or body": "“…,” Lord Holloway of Westmarch said", "Ruth Calder of Ashford University
     * told the BBC", "Bishop Ruth Calder of Dunmore said": the run of capitalised words before the verb starting at
     * {@code from} follows "of" (or "of the") right after a person's name; that person speaks, the place or body
     * after "of" is where he is from. Null unless a person mention ends right before "of". Also "at": "economists led
     * by Isabelle Roe at Northpoint Bank wrote", "Jane Roe at Ashford University said" (where one works).
     */
    /** What joins a person to the place or body after the name: "of", "at". */
    private static final java.util.Set<String> OF_AT = WordSet.of("of", "at");

    private ActorFinder.Mention personBeforeOf(ArticleText.Para p, TokenReader r, int from) {
        var t = p.tokens();
        int of = from - 1;
        if (of > 0 && t.get(of).key().equals("the") && !t.get(of).cap() && r.joined(of)) {
            of--;
        }
        if (of < 1 || !OF_AT.contains(t.get(of).key()) || t.get(of).cap() || !r.joined(of) || !r.joined(of - 1)
                || !t.get(of - 1).cap() || t.get(of - 1).possessive()) {
            return null;
        }
        int end = t.get(of - 1).end();
        for (ActorFinder.Mention m : mentions.actors(p.index(), t.get(Math.max(0, of - 5)).start(), end)) {
            if (m.end() == end && m.actor().isPerson()) {
                return m;
            }
        }
        return null;
    }
}
