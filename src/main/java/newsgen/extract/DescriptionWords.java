package newsgen.extract;

import java.util.List;
import java.util.Set;

/**
 * The word lists and word tests {@link Descriptions} reads a noun phrase by: determiners, indefinites, nouns for
 * people who speak for themselves or for someone else, for organisations and news bodies. Split out of Descriptions
 * so that the class holds the reading and this one the words.
 */
final class DescriptionWords {
    private DescriptionWords() {
    }

    /** Articles and possessives that open a noun phrase. */
    static final Set<String> DETERMINERS = WordSet.of("the", "a", "an", "his", "her", "its", "their");

    /** Words that make a noun phrase someone not yet named, or someone's: "a spokesman", "his aide". */
    static final Set<String> INDEFINITE_OR_OWNED = WordSet.of("a", "an", "another", "one", "some", "his", "her", "its", "their");

    /** Nouns for a member of a party, written with a capital: "a Nevada Democrat", "one senior Republican". */
    static final Set<String> PARTY_MEMBERS = WordSet.of("democrat", "republican", "libertarian");

    /**
     * Whether token {@code k} is a capitalised party member's noun ending the phrase before {@code to}, after the
     * indefinite at {@code i} and only capitalised words or words of a title between: "a Nevada Democrat", "one
     * senior Republican"; not "a Democrat senator" nor "to rebut Republican claims".
     */
    static boolean partyMember(ArticleText.Para p, int i, int k, int to) {
        var t = p.tokens();
        if (!t.get(k).cap() || !PARTY_MEMBERS.contains(t.get(k).key()) || t.get(k).possessive()
                || k + 1 < to && PersonRules.punctuationFree(p.text(), t.get(k), t.get(k + 1))) {
            return false;
        }
        for (int j = i + 1; j < k; j++) {
            if (!t.get(j).cap() && !SentenceSubjects.TITLE_ADJECTIVES.contains(t.get(j).key())) {
                return false;
            }
        }
        return true;
    }

    /** Ranks as sport writes them after "world number": "the world number one", "the world number 3". */
    static final Set<String> RANKS = WordSet.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10");

    /** Whether token {@code k} is "number" of "world number one" ("the world number one said"), a player's ranking. */
    static boolean worldRank(List<Token> t, int k, int to) {
        return k > 0 && k + 1 < to && k + 1 < t.size() && t.get(k).key().equals("number")
                && t.get(k - 1).key().equals("world") && RANKS.contains(t.get(k + 1).key());
    }

    /** Whether token {@code k} is "father" or "mother" of "the father of three", a person's description. */
    static boolean parentOfNumber(List<Token> t, int k, int to) {
        return k + 2 < to && k + 2 < t.size() && (t.get(k).key().equals("father") || t.get(k).key().equals("mother"))
                && t.get(k + 1).key().equals("of") && RANKS.contains(t.get(k + 2).key()) && !t.get(k + 2).key().equals("one")
                && !t.get(k + 2).key().equals("1");
    }

    /** Words that leave who spoke unnamed: "a senior official", "another lawmaker". */
    static final Set<String> INDEFINITE = WordSet.of("a", "an", "another", "one", "some");

    /** Nouns that stand for the organisation just named ("the company said"). */
    static final Set<String> GENERIC_ORGS = WordSet.of("company", "firm", "group", "club", "team", "organisation",
            "organization", "carrier", "lender", "insurer", "retailer", "automaker", "carmaker", "airline", "agency", "body",
            "watchdog", "regulator", "charity", "institution");

    /** News bodies named by a noun after "the" ("the newspaper admitted", "the network said"): the last organisation. */
    static final Set<String> NEWS_BODIES = WordSet.of("newspaper", "paper", "network", "channel", "broadcaster",
            "magazine", "tabloid", "daily", "outlet", "station", "publication", "board", "panel");

    /** Nouns that describe a person named before ("the retired neurosurgeon", "the billionaire"), besides titles. */
    static final Set<String> PERSON_NOUNS = WordSet.of("candidate", "nominee", "front-runner", "frontrunner",
            "billionaire", "businessman", "businesswoman", "mogul", "tycoon", "developer", "neurosurgeon", "surgeon",
            "doctor", "actor", "actress", "star", "host", "anchor", "hopeful", "contender", "challenger", "incumbent",
            "populist", "socialist", "democrat", "republican", "independent", "contestant", "magnate",
            "congressman", "congresswoman", "lawmaker", "senator", "governor", "speaker", "economist", "professor",
            "striker", "forward", "midfielder", "defender", "goalkeeper", "winger", "athlete", "sprinter", "golfer",
            // sport reports name the player once, then describe: "“…,” the top seed said", "the skipper told reporters"
            "player", "seed", "skipper", "rider", "cyclist", "swimmer", "runner", "jockey", "boxer", "gymnast", "skier",
            "batsman", "batter", "bowler", "pitcher", "quarterback", "goalie", "playmaker", "flanker", "fly-half",
            "scrum-half", "full-back", "centre-back", "center-back");

    /** Extra nouns for people who speak for themselves, not for the body that qualifies them ("the RNC member"). */
    static final Set<String> OWN_VOICES = WordSet.of("member", "strategist", "delegate", "activist", "donor");

    /**
     * Whether noun {@code w} names a person who speaks for himself ("nominee", "front-runner", "senator", "member"),
     * unlike one who speaks for someone else ("spokesman", "official"): see {@link NotSubjects#bodyBeforePersonNoun}.
     */
    static boolean speaksForHimself(String w) {
        return PRINCIPALS.contains(w) || PERSON_NOUNS.contains(w) || OWN_VOICES.contains(w);
    }

    /** Words for someone who stands by a person, as a title does: "ally" of "Halvorsen ally James Carvell". */
    static final Set<String> STANDING_BY = WordSet.of("ally", "friend", "confidant", "confidante",
            "surrogate", "loyalist", "backer", "supporter", "adviser", "advisor", "aide");

    /** Whether a cue verb stands among tokens {@code from}..{@code to} ("According to his physician, …"). */
    static boolean saysSomething(TokenReader r, int from, int to) {
        for (int k = from; k < to; k++) {
            if (r.isCueVerb(k) || r.token(k).key().equals(Cues.ACCORDING)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Titles of people who speak for themselves ("the senator", "the minority leader", "the candidate"), unlike those
     * who speak for someone else or stay unnamed ("the spokesman", "the aide", "the official").
     */
    static final Set<String> PRINCIPALS = WordSet.of("president", "vice-president", "president-elect", "minister",
            "premier", "chancellor", "leader", "secretary", "governor", "mayor", "senator", "congressman",
            "congresswoman", "lawmaker", "judge", "justice", "king", "queen", "pope", "candidate", "nominee", "hopeful",
            "speaker", "billionaire", "mogul", "tycoon", "businessman", "businesswoman",
            "frontrunner", "front-runner", "challenger", "incumbent", "contender", "chairman", "chairwoman", "founder",
            "ambassador", "legislator", "dictator", "ruler", "monarch", "prosecutor", "sheriff");

    /** Whether {@code w} titles someone who speaks for himself ("senator", "billionaire"): see {@link DescriptionFit}. */
    static boolean isPrincipal(String w) {
        return PRINCIPALS.contains(w);
    }

    /** Whether a person's roles hold a title of someone who speaks for himself ("Mayor", "Senator"). */
    static boolean titledOtherwise(newsgen.model.Actor a) {
        for (String role : a.roles()) {
            for (String w : role.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}.-]+")) {
                if (PRINCIPALS.contains(w) || w.equals("sen.") || w.equals("gov.") || w.equals("rep.")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Nouns that stand for someone not named, like a title ("one Democratic source on the panel said"). */
    static final Set<String> UNNAMED_SOURCES = WordSet.of("source", "sources", "staffer", "operative", "insider");

    /** "the senator", "the retired neurosurgeon", "the former secretary of state": a definite description. */
    static boolean definite(List<Token> t, int from, int head) {
        for (int k = head - 1; k >= from && head - k <= 4; k--) {
            if (t.get(k).key().equals("the")) {
                return true;
            }
            if (INDEFINITE_OR_OWNED.contains(t.get(k).key())) {
                return false;
            }
        }
        return false;
    }
}
