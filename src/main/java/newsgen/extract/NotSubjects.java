package newsgen.extract;

import java.util.List;
import java.util.Set;

/**
 * Words by a cue verb that are not its subject, whatever their capitals: the channel or the listener ("on Twitter",
 * "to Wired", "another source speaking to Fox News said"), the object of a preposition before a participle ("wrote a
 * letter to Attorney General Jane Doe asking"), a name before the comma of an opening phrase ("In an interview with
 * Jane Doe, the candidate stated"), a surname that only qualifies a noun ("the Doe campaign"). Apart from
 * {@link Subjects}, which finds the subject, because these only rule words out.
 */
final class NotSubjects {
    private NotSubjects() {
    }

    /** Prepositions whose object is where or to whom something was said ("on Twitter", "to Wired", "via Facebook"). */
    private static final Set<String> CHANNEL_PREPOSITIONS = WordSet.of("on", "to", "via");

    /**
     * Whether the name starting at token {@code from}, right before a cue verb, is the object of "to" or of "with"
     * after a verb of speaking ("another source speaking to Fox News said", "an official talking with Reuters said"):
     * the listener, not the one who speaks.
     */
    static boolean listenerBefore(List<Token> t, int from) {
        return from > 1 && !t.get(from - 1).cap() && (t.get(from - 1).key().equals("to") && !t.get(from - 2).cap()
                && !t.get(from - 2).key().equals(Cues.ACCORDING) || listenerWith(t, from - 1));
    }

    /** Forms of "tell", whose object is the listener ("told the BBC", "tells Reuters"). */
    private static final Set<String> TELL = WordSet.of("tell", "tells", "told", "telling");

    /** Whether {@code key} is a form of "tell", whose object is who heard the words. */
    static boolean tell(String key) {
        return TELL.contains(key);
    }

    /**
     * Rule "told listener": "Her father, Dafydd Pellow, told the BBC:" / "told Reuters:": a name right after a form of
     * "tell" (and "the") is who heard the words, never who spoke them.
     */
    static boolean toldListener(ArticleText.Para p, ActorFinder.Mention m) {
        var t = p.tokens();
        int k = TokenReader.firstTokenAt(t, m.start()) - 1;
        if (k >= 0 && k < t.size() && t.get(k).key().equals("the") && !t.get(k).cap()) {
            k--;
        }
        return k >= 0 && k < t.size() && t.get(k).end() <= m.start() && TELL.contains(t.get(k).key()) && !t.get(k).cap();
    }

    private static boolean listenerWith(List<Token> t, int with) {
        return t.get(with).key().equals("with") && LISTENING.contains(t.get(with - 1).key());
    }

    /** Participles whose "with" takes the listener ("speaking with Reuters"). */
    private static final Set<String> LISTENING = WordSet.of("speaking", "talking", "spoke", "talked");

    /**
     * "Roe responded on Facebook writing, “…”"; "Roe wrote in a statement to Wired explaining …": an organisation
     * after "on", "to" or "via" is the channel or the listener, never the subject of the verb after it.
     */
    static boolean channel(ArticleText.Para p, ActorFinder.Mention m) {
        if (m.actor().isPerson()) {
            return false;
        }
        var t = p.tokens();
        int k = TokenReader.firstTokenAt(t, m.start()) - 1;
        if (k >= 0 && k < t.size() && t.get(k).end() <= m.start() && CHANNEL_PREPOSITIONS.contains(t.get(k).key())) {
            return k == 0 || !t.get(k - 1).key().equals(Cues.ACCORDING);
        }
        if (k > 0 && k < t.size() && listenerWith(t, k)) {
            return true; // "a senior official talking with Reuters said"
        }
        // "said on his official Twitter feed that he was referring to …": up to two lowercase words after "on"/"via"
        for (int words = 0; k > 0 && k < t.size() && words < 2 && !t.get(k).cap()
                && PersonRules.punctuationFree(p.text(), t.get(k), t.get(k + 1)); k--, words++) {
            String w = t.get(k - 1).key();
            if ((w.equals("on") || w.equals("via")) && !t.get(k - 1).cap()
                    && PersonRules.punctuationFree(p.text(), t.get(k - 1), t.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Jane Roe wrote a letter to Attorney General John Doe asking …": the name right before the participle is the
     * object of "to", "at" or "against", so the participle is the sentence subject's, not that name's (as it is in
     * "with Doe calling him …").
     */
    static boolean prepositionObjectBefore(TokenReader r, int verb) {
        int k = verb - 1;
        while (k > 0 && verb - k <= 6 && r.token(k).cap()
                && (r.joined(k - 1) || r.token(k - 1).cap() && Abbreviations.inName(r.token(k - 1).text()))) {
            k--;
        }
        return k < verb - 1 && OBJECT_PREPOSITIONS.contains(r.token(k).key()) && r.joined(k);
    }

    private static final Set<String> OBJECT_PREPOSITIONS = Set.of("to", "at", "against");

    /**
     * "In an interview with hosts Joe Doe and Mika Roe, the Democratic presidential candidate stated": a definite
     * description between the last comma and the verb is the subject, not the name before that comma (an apposition
     * would close with a comma of its own). The token the subject starts at.
     */
    static int afterOpeningComma(ArticleText.Para p, TokenReader r, int from, int verb) {
        var t = p.tokens();
        for (int k = verb - 1; k > from; k--) {
            if (r.charBefore(t.get(k).start()) == ',') {
                return t.get(k).key().equals("the") && verb - k >= 2 ? k : from;
            }
        }
        return from;
    }

    /** How many words an indefinite may stand before the words read as a cue verb's subject. */
    private static final int INDEFINITE_REACH = 3;

    /**
     * Rule "indefinite opening the subject": "A source familiar with Roe's thinking said": when "a", "an", "another"
     * or "one" stands a few words before token {@code subjectFrom}, with no comma or mark between and not before
     * {@code from}, the subject opens there, so that the phrase reads as someone unnamed, not as the person it owns.
     */
    static int indefiniteOpening(ArticleText.Para p, TokenReader r, int from, int subjectFrom) {
        var t = p.tokens();
        for (int k = subjectFrom - 1; k >= from && k >= 0 && subjectFrom - k <= INDEFINITE_REACH; k--) {
            if (r.charBefore(t.get(k + 1).start()) == ',' || r.markBetween(t.get(k).end(), t.get(k + 1).start())) {
                return subjectFrom;
            }
            if (DescriptionWords.INDEFINITE.contains(t.get(k).key()) && k == r.tokenAt(r.sentenceStart(t.get(k).start()))) {
                return k;
            }
        }
        return subjectFrom;
    }

    /** How many words a participle phrase set off by commas before a cue verb may have. */
    private static final int PARTICIPLE_PHRASE = 20;

    /**
     * Rule "participle aside": "An Israeli official, speaking on condition of anonymity to discuss the prime
     * minister's schedule, said": a phrase opened by a participle in -ing between commas right before the verb is an
     * aside about the subject, which stands before it (not "the prime minister" inside it). The token the aside opens
     * at, where the subject ends; {@code verb} when there is none. Rule "relative aside": so is a relative clause opened
     * by "which" ("The Minerals Council, which represents mining companies, said").
     */
    static int participleAside(ArticleText.Para p, TokenReader r, int from, int verb) {
        var t = p.tokens();
        if (verb < 2 || r.charBefore(t.get(verb).start()) != ',') {
            return verb;
        }
        for (int k = verb - 1; k > from && verb - k <= PARTICIPLE_PHRASE; k--) {
            if (r.markBetween(t.get(k - 1).end(), t.get(k).start())) {
                return verb;
            }
            if (r.charBefore(t.get(k).start()) == ',') {
                // rule "relative aside": "Hartwell, which runs 400 stores across Britain, said" likewise
                return k < verb - 1 && !t.get(k).cap() && (t.get(k).key().endsWith("ing") || t.get(k).key().equals("which"))
                        ? k : verb;
            }
        }
        return verb;
    }

    /**
     * Rule "name as modifier": "the Halvorsen phone bank", "the Spade campaign" name a thing, not the person, so
     * "she" after "For Major, a volunteer at the Halvorsen phone bank, …" is Major (a surname between "the" and a
     * lowercase word other than a preposition or relative: "the Halvorsen of lore" is the person).
     */
    static boolean nameAsModifier(String s, ActorFinder.Mention m) {
        int a = m.start();
        int b = m.end();
        if (a < 4 || b + 1 >= s.length() || s.charAt(b) != ' ' || !Character.isLowerCase(s.charAt(b + 1))
                || !s.regionMatches(true, a - 4, "the ", 0, 4)) {
            return false;
        }
        int e = b + 1;
        while (e < s.length() && Character.isLetter(s.charAt(e))) {
            e++;
        }
        return !NOT_NOUNS.contains(s.substring(b + 1, e));
    }

    /** Words after "the Halvorsen" that make the surname the person, not a modifier of a noun. */
    private static final Set<String> NOT_NOUNS = WordSet.of("of", "who", "whom", "whose", "that", "and",
            "or", "in", "at", "on", "for", "to", "from", "with", "is", "was", "has", "had", "said", "says");

    /**
     * Rule "body as modifier": "the GOP nominee", "The GOP front-runner complained", "the RNC member said", "a top GOP
     * strategist said": an organisation right before (up to two describing words and) a noun for a person who speaks
     * for himself only qualifies that noun, so the subject is the person the phrase describes, not the organisation.
     * Not for those who speak for the body ("a Pentagon spokesman", "party officials"), nor where the noun goes on
     * into a longer one ("the GOP candidate field").
     */
    static boolean bodyBeforePersonNoun(ArticleText.Para p, ActorFinder.Mention m) {
        if (m.actor().isPerson() || Subjects.isPossessive(p, m)) {
            return false;
        }
        var t = p.tokens();
        int k = TokenReader.firstTokenAt(t, m.end());
        for (int words = 0; k < t.size() && words < 3; k++, words++) {
            Token w = t.get(k);
            if (w.cap() || !PersonRules.punctuationFree(p.text(), t.get(k - 1), w)) {
                return false;
            }
            if (DescriptionWords.speaksForHimself(w.key())) {
                return k + 1 >= t.size() || !PersonRules.punctuationFree(p.text(), w, t.get(k + 1))
                        || t.get(k + 1).cap() || clauseGoesOn(t.get(k + 1).key());
            }
        }
        return false;
    }

    /** Words after a noun that show the noun phrase has ended: a verb, an adverb, a relative or a preposition. */
    private static boolean clauseGoesOn(String w) {
        return Gazetteer.get().cueVerbs.contains(w) || PHRASE_ENDERS.contains(w) || w.endsWith("ly") || w.endsWith("ed");
    }

    private static final Set<String> PHRASE_ENDERS = WordSet.of("is", "was", "has", "had", "have", "will", "would",
            "could", "can", "may", "might", "should", "must", "does", "did", "who", "also", "then", "now", "again",
            "and", "of", "in", "at", "on", "for", "to", "from", "with", "sent", "took", "gave", "went", "made");

    /**
     * Rule "name inside dashes": "In the letter - addressed to the district attorney, Mary Stanton - the Utah
     * Republican asks": a person named right before the closing dash of a pair opened earlier in the sentence is
     * inside an aside, not the subject of the verb after it (unless a cue verb in the aside attributes to them).
     */
    static boolean insideDashes(ArticleText.Para p, ActorFinder.Mention m, int sentenceStart) {
        String s = p.text();
        int e = m.end();
        if (e + 2 >= s.length() || s.charAt(e) != ' ' || !dash(s.charAt(e + 1)) || s.charAt(e + 2) != ' '
                || !subjectOpens(p, e + 3)) {
            return false; // "The senator — Jane Roe — said": the name in dashes right before the verb is the subject
        }
        int i = openingDashBefore(s, m.start() - 2, sentenceStart);
        if (i < 0) {
            return false;
        }
        // not "– as described by FBI Director Jane Roe –": an aside holding a cue verb attributes, and the one it
        // names spoke
        for (Token w : p.tokens()) {
            if (w.start() > i && w.end() <= m.start() && !w.cap() && Gazetteer.get().cueVerbs.contains(w.key())) {
                return false;
            }
        }
        return true;
    }

    /** Where a spaced dash stands at or before {@code from} and after {@code sentenceStart}, scanning back; else -1. */
    private static int openingDashBefore(String s, int from, int sentenceStart) {
        for (int i = from; i > sentenceStart; i--) {
            if (dash(s.charAt(i)) && s.charAt(i - 1) == ' ' && s.charAt(i + 1) == ' ') {
                return i;
            }
        }
        return -1;
    }

    /** A spaced dash: a hyphen, en dash or em dash between spaces. */
    private static boolean dash(char c) {
        return c == '-' || c == '\u2013' || c == '\u2014';
    }

    /**
     * Rule "name inside dashes", for a description: "In her letter – copied to the chief executive, Martin Hale – the
     * councillor asks": the subject's words start after the closing dash of a pair opened earlier in the sentence,
     * not at "the chief executive" inside it. The token after that dash, or {@code from} when there is none.
     */
    static int afterDashedAside(ArticleText.Para p, TokenReader r, int from, int verb) {
        var t = p.tokens();
        String s = p.text();
        int sentenceStart = p.sentenceOf(t.get(verb).start()).start();
        for (int k = verb - 1; k > from; k--) {
            int gapFrom = t.get(k - 1).end();
            int gapTo = t.get(k).start();
            if (gapTo - gapFrom == 3 && s.charAt(gapFrom) == ' ' && dash(s.charAt(gapFrom + 1)) && s.charAt(gapFrom + 2) == ' ') {
                // not "Roe jumped onto Twitter — as he so often does — and retweeted": no subject after it
                return openingDashBefore(s, gapFrom - 2, sentenceStart) >= 0 && subjectOpens(p, gapTo) ? k : from;
            }
        }
        return from;
    }

    /** Whether the word at offset {@code at} may open a subject: a determiner or a capitalised word. */
    private static boolean subjectOpens(ArticleText.Para p, int at) {
        for (Token w : p.tokens()) {
            if (w.start() == at) {
                return w.cap() || DescriptionWords.DETERMINERS.contains(w.key());
            }
        }
        return false;
    }
}
