package newsgen.extract;

import java.util.List;
import java.util.Set;

/**
 * The role a title gives the name after it, and the title's affiliation: the words of the title read backwards
 * ("ousted junta leader Ramos"), the sentence's words that open no role ("that Gov. Ramos"), the role as written (the
 * dot of "Sen.", a plural title made singular, an honorific that is no role), and the country or organisation written
 * before them ("Peru's defence minister"). {@link PersonRules} decides whether there is a person; {@link
 * AppositionRoles} reads the role an apposition gives; {@link RoleWords} says whether words make a role.
 */
final class RoleRules {
    private final Gazetteer gaz = Gazetteer.get();

    /** Words that open a sentence before its subject and no role: "Even right-leaning journalist Jan Roe", "Now …". */
    private static final Set<String> OPENING_ADVERBS = WordSet.of("even", "only", "also", "just", "now", "then", "still",
            "yet", "so", "but", "and", "or", "meanwhile", "today", "here", "there", "instead", "indeed", "perhaps", "again");

    /** Modals and auxiliaries after which a title word is the sentence's verb. */
    private static final Set<String> VERB_MAKERS = WordSet.of("will", "would", "could", "should", "can", "may", "might",
            "must", "shall", "not", "did", "does", "do", "never");

    /**
     * Rule "title used as a verb": "he would counsel Roe to run", "she will chair Roe's panel": a lowercase title
     * word right after a modal or auxiliary is the verb of the sentence, and the name after it has no role.
     */
    static boolean titleUsedAsVerb(ArticleText.Para p, int title) {
        var t = p.tokens();
        return title > 0 && !t.get(title).cap() && VERB_MAKERS.contains(t.get(title - 1).key())
                && Gazetteer.joinable(p.text(), t.get(title - 1), t.get(title));
    }

    /** Whether a capitalised word opening a sentence is an adverb of the sentence, not the first word of a role. */
    private static boolean sentenceAdverb(String w) {
        // an adverb in -ly is an English word with -ly added ("Interestingly", "Clearly"), not "Family"
        return OPENING_ADVERBS.contains(w) || w.length() > 4 && w.endsWith("ly") && EnglishWords.contains(w.substring(0, w.length() - 2));
    }

    /** Whether a lowercase word before a title belongs to the role ("junta", "former", "ousted"), not to the sentence. */
    private boolean roleWord(String w) {
        if (RoleWords.ROLE_STOPS.contains(w) || RoleWords.AUXILIARIES.contains(w) || gaz.cueVerbs.contains(w) || opensNoRole(w)) {
            return false;
        }
        // "formally nominating billionaire Spade", "including front-runner Spade": a verb in -ing is the sentence's
        if (w.endsWith("ing") && !RoleWords.ROLE_FORMS.contains(w) && w.indexOf('-') < 0) { // "best-selling", "right-leaning"
            return false;
        }
        // rule "adverb ends a role": "endorsements, most recently entertainer Spike Roe": an adverb in -ly is the
        // sentence's, not the role's (in "newly elected mayor" the participle "elected" opens the role before it)
        if (w.length() > 4 && w.endsWith("ly") && EnglishWords.contains(w.substring(0, w.length() - 2)) && !LY_ADJECTIVES.contains(w)) {
            return false;
        }
        return !(w.endsWith("ed") || w.endsWith("es")) || RoleWords.ROLE_PARTICIPLES.contains(w);
    }

    /** Adjectives in -ly that describe a role ("nightly news anchor", "elderly priest"), no adverb of the sentence. */
    private static final Set<String> LY_ADJECTIVES = WordSet.of("nightly", "daily", "weekly", "monthly", "yearly",
            "quarterly", "hourly", "early", "elderly", "friendly", "deadly", "costly", "holy", "lowly", "stately",
            "scholarly", "worldly", "saintly", "burly", "portly", "lonely", "orderly");

    /**
     * Prepositions and pronouns end a role read backwards from its title: "criticism of front-runner Spade" is
     * "front-runner", "he met presidential candidate Spade" is "presidential candidate".
     */
    private static final Set<String> NOT_OF_A_ROLE = WordSet.of("of", "on", "in", "at", "for", "from", "to", "into",
            "about", "after", "before", "behind", "against", "over", "under", "than", "like", "between", "among",
            "toward", "towards", "without", "via", "upon", "if", "or", "nor", "so", "because", "although", "though",
            "he", "she", "it", "they", "we", "i", "you", "him", "them", "us", "me", "this", "these", "those", "what");

    /** Sentence words that may come right before a title yet open no role: "particularly Sens.", "met presidential candidate". */
    private static final Set<String> SENTENCE_WORDS = WordSet.of("that", "particularly", "especially", "include",
            "includes", "including", "met", "said", "says", "and", "but", "as", "with", "by", "when", "while");

    /**
     * Rule "no role opener": whether a lowercase word at the start of a title's role is the sentence's, not the role's
     * ("on Mrs. Halvorsen", "that Gov. Ramos"), so the role starts after it.
     */
    static boolean opensNoRole(String key) {
        return NOT_OF_A_ROLE.contains(key) || SENTENCE_WORDS.contains(key);
    }

    /** Prepositions that join the words of an office ("Secretary of State", "Minister for Health"), kept in a role. */
    private static final Set<String> OFFICE_PREPOSITIONS = WordSet.of("of", "for");

    /**
     * Rule "preposition inside a role": "at odds with AIPAC on President Okafor's pact": a lowercase preposition or
     * sentence word between the role's first word and its title (not "of", "for" of an office, nor one after an
     * organisation's head word: "Council on American-Islamic Relations Executive Director") ends the sentence's
     * words; the role starts after it ("President"). Returns where the role starts.
     */
    static int afterInnerPreposition(List<Token> t, int roleFrom, int title) {
        int from = roleFrom;
        for (int k = roleFrom + 1; k < title; k++) {
            String key = t.get(k).key();
            if (!t.get(k).cap() && opensNoRole(key) && !OFFICE_PREPOSITIONS.contains(key)
                    && !Gazetteer.get().orgHead.test(t.get(k - 1)) // "Council on … Relations Director"
                    && !(key.equals("and") && Gazetteer.get().office.test(t.get(k - 1)) && Gazetteer.get().office.test(t.get(k + 1)))) {
                // "Trade and Industry Minister": "and" between two offices is the role's (rule "two portfolios")
                from = k + 1;
            }
        }
        return from;
    }

    /**
     * Where the role before a lowercase title at {@code title} starts: up to three lowercase role words read
     * backwards ("ousted junta leader Ramos"), stopping after one that opens a role ("ousted", "former").
     */
    int roleStart(ArticleText.Para p, int title) {
        var t = p.tokens();
        int roleFrom = title;
        // rule "role opening a sentence": "Chief executive Jane Roe said", "Former coach Jan Roe": the sentence's
        // capital on a role's first word keeps it in the role
        while (roleFrom > 0 && title - roleFrom < 3 && (!t.get(roleFrom - 1).cap() || t.get(roleFrom - 1).initial()
                && !t.get(roleFrom - 1).upper() && !sentenceAdverb(t.get(roleFrom - 1).key()))
                && roleWord(t.get(roleFrom - 1).key())
                && Gazetteer.joinable(p.text(), t.get(roleFrom - 1), t.get(roleFrom))) {
            roleFrom--;
            if (RoleWords.ROLE_PARTICIPLES.contains(t.get(roleFrom).key()) || RoleWords.KEPT.contains(t.get(roleFrom).key())) {
                break; // "ousted", "former" open a role: what comes before is the sentence's
            }
        }
        return roleFrom;
    }

    /** The role as written, with the dot of an abbreviated title ("Sen.", "Gov.") that ends it. */
    static String dotted(ArticleText.Para p, int from, int to) {
        String role = p.surface(from, to);
        int end = p.tokens().get(to - 1).end();
        return end < p.text().length() && p.text().charAt(end) == '.' ? role + "." : role;
    }

    /** Forms of address, not roles: "Mrs. Halvorsen" has no role "Mrs". */
    static final Set<String> HONORIFICS = WordSet.of("mr", "mrs", "ms", "mx", "miss", "sir", "dame", "lord",
            "lady", "madam", "madame", "monsieur");

    /** The role of a title branch, or null when it is only an honorific. */
    static String roleOrNull(String role) {
        String k = role.toLowerCase(java.util.Locale.ROOT).replace(".", "");
        return HONORIFICS.contains(k) ? null : role;
    }

    /** Plural titles before several names and the one title each person holds. */
    private static final java.util.Map<String, String> SINGULAR_TITLES = java.util.Map.ofEntries(
            java.util.Map.entry("sens", "Sen"), java.util.Map.entry("reps", "Rep"), java.util.Map.entry("govs", "Gov"),
            java.util.Map.entry("senators", "Senator"), java.util.Map.entry("representatives", "Representative"),
            java.util.Map.entry("governors", "Governor"), java.util.Map.entry("congressmen", "Congressman"),
            java.util.Map.entry("congresswomen", "Congresswoman"), java.util.Map.entry("presidents", "President"),
            java.util.Map.entry("secretaries", "Secretary"), java.util.Map.entry("ministers", "Minister"),
            java.util.Map.entry("judges", "Judge"), java.util.Map.entry("justices", "Justice"),
            java.util.Map.entry("lawmakers", "Lawmaker"));

    /**
     * Rule "plural title": "Sens. Jane Roe and Tom Doe", "Presidents Roe and Doe": a plural title before several
     * names gives each person the singular title ("Sen.", "President"), in the case the text wrote it.
     */
    static String singularTitle(String role) {
        int space = role.lastIndexOf(' ');
        String last = role.substring(space + 1);
        boolean dot = last.endsWith(".");
        String word = dot ? last.substring(0, last.length() - 1) : last;
        String one = SINGULAR_TITLES.get(word.toLowerCase(java.util.Locale.ROOT));
        if (one == null) {
            return role;
        }
        if (!Character.isUpperCase(word.charAt(0))) {
            one = one.toLowerCase(java.util.Locale.ROOT);
        }
        return role.substring(0, space + 1) + one + (dot ? "." : "");
    }

    /**
     * A dash or bracket between a wire service and the text ("(Reuters) - "), or a sentence's end between a country
     * and the next sentence's title ("… in France. Mr. Spade"): either way the country is not the title's.
     */
    private static final java.util.regex.Pattern NOT_ONE_PHRASE = java.util.regex.Pattern.compile("[()\\[\\]" + Dashes.CLASS + "]|[.?!;:]\\s");

    /** A country (possessive or not, or a demonym) right before a role: "Niger's junta leader". */
    String affiliationBefore(ArticleText.Para p, int roleFrom) {
        Gazetteer.Match m = p.matchAt(roleFrom - 1);
        // "(Reuters) - President Okafor": a dateline's wire service, with a dash between, is no affiliation (rule
        // "affiliation in the phrase")
        if (m == null || m.to() != roleFrom
                || NOT_ONE_PHRASE.matcher(p.text()).region(p.tokens().get(roleFrom - 1).end(), p.tokens().get(roleFrom).start()).find()) {
            return null;
        }
        return country(m.entry());
    }

    /**
     * Rule "body before a title": "CDU leader Anke Vogt", "SPD co-leader Lars Brenner", "Orbex chief executive Jan
     * Roe": an organisation written right before a lowercase title, without a possessive, is part of the role as
     * the text gives it (the role "CDU leader"; the organisation is the affiliation as well). Returns where the role
     * starts: the organisation's first word, else {@code roleFrom}. A possessive ("the party's leader") or a country
     * ("Peru's defence minister", "German chancellor") stays out of the role.
     */
    int withBodyBefore(ArticleText.Para p, int roleFrom) {
        if (affiliationBefore(p, roleFrom) == null) {
            return roleFrom;
        }
        var t = p.tokens();
        Gazetteer.Match m = p.matchAt(roleFrom - 1);
        if (m.entry().kind() != Gazetteer.Kind.ORGANIZATION || t.get(roleFrom - 1).possessive()
                || p.text().substring(t.get(roleFrom - 1).end(), t.get(roleFrom).start()).strip().length() > 0) {
            return roleFrom; // "Breitbart News’ editor": a possessive without its s
        }
        int from = m.from();
        // "Log Cabin Republicans president": capitalised words joined before the known name make a longer name
        // than the gazetteer's, whose role is not that name's
        if (from > 0 && t.get(from - 1).cap() && Gazetteer.joinable(p.text(), t.get(from - 1), t.get(from))
                && !RoleWords.DETERMINERS.contains(t.get(from - 1).key())) {
            return roleFrom;
        }
        // "The Washington Post columnist": the role goes without the name's article
        return RoleWords.DETERMINERS.contains(t.get(from).key()) && from + 1 < roleFrom ? from + 1 : from;
    }

    static String country(Gazetteer.Entry e) {
        return switch (e.kind()) {
            case COUNTRY, DEMONYM -> e.country();
            case ORGANIZATION -> e.name();
            default -> null;
        };
    }
}
