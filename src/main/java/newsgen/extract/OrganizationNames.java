package newsgen.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static newsgen.extract.ActorDraft.*;

/**
 * The tests {@link ActorFinder} asks of organisations' names: a word inside one, a newspaper called by its last
 * word, a surname used for a group or written like a newspaper's word.
 */
final class OrganizationNames {
    private OrganizationNames() {
    }

    /** Whether a word is one of an organisation's name ("Fox" of Fox News): the text order decides it, as before. */
    static boolean inOrganizationName(ActorsFound f, String key) {
        for (ActorDraft o : f.orgs.values()) {
            if ((" " + Slugs.fold(o.name) + " ").contains(" " + key + " ")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Last words of newspapers' names that name one alone after "the": "The Times reported", "told the Observer".
     * {@link Descriptions} reads a newspaper's full name with these and more ("The Sun" alone is too often the star).
     */
    static final Set<String> NEWSPAPER_WORDS = WordSet.of("times", "post", "journal", "tribune", "herald",
            "gazette", "chronicle", "examiner", "inquirer", "telegraph", "observer", "guardian", "courier", "enquirer",
            "sentinel", "economist");

    /**
     * Rule "newspaper by its short name": "The Times reported", "The Post's Jane Roe", "in a statement to the
     * Observer": a newspaper's last word standing alone after "the", capitalised, where no organisation of the article
     * ends with it ({@link PersonPasses#shortName} takes those), names that newspaper.
     */
    static boolean newspaperByShortName(RunAt u) {
        var t = u.para().tokens();
        int k = u.run().from();
        return k > 0 && t.get(k - 1).key().equals("the") && NEWSPAPER_WORDS.contains(t.get(k).key()) && !t.get(k).upper()
                && u.para().kind() == newsgen.model.ParagraphKind.BODY
                && Gazetteer.joinable(u.para().text(), t.get(k - 1), t.get(k));
    }

    /**
     * "the Hollis movement", "the Spade group": a one-word name the rules made an organisation from the noun after
     * it is the person of that surname when the article names one.
     */
    static void surnamesCalledGroups(ActorsFound f, NameIndex<ActorDraft> index, ArticleText text) {
        for (var it = f.orgs.values().iterator(); it.hasNext(); ) {
            ActorDraft o = it.next();
            if (!o.oneWordByRule || o.name.indexOf(' ') >= 0) {
                continue;
            }
            ActorDraft person = index.find(Slugs.fold(o.name), true, false);
            if (person != null) {
                person.spans.addAll(o.spans);
                alias(person, o.name);
                it.remove();
                forget(f, o);
            }
        }
        newspaperWordsAsSurnames(f, index, text);
    }

    /**
     * Moves the organisation's mentions that {@code moves} accepts (given the paragraph's text and the mention) to the
     * person, and drops the organisation (through the iterator over {@link ActorsFound#orgs} at it) once none is left.
     */
    private static void moveMentions(ActorsFound f, java.util.Iterator<ActorDraft> at, ActorDraft o, ActorDraft person,
            ArticleText text, java.util.function.BiPredicate<String, int[]> moves) {
        for (var spans = o.spans.iterator(); spans.hasNext(); ) {
            int[] s = spans.next();
            if (moves.test(paragraphText(text, s[0]), s)) {
                person.spans.add(s);
                spans.remove();
            }
        }
        sortSpans(person);
        if (o.spans.isEmpty()) {
            at.remove();
            forget(f, o);
        }
    }

    /**
     * Rule "body without its country": "the Supreme Court of Pakistan … the Supreme Court said", "Reserve Bank Cuts
     * Rates" over "the Reserve Bank of Australia": an organisation named as another's name before "of" and a country
     * is that body, when only one such body of the article has that name. The short name becomes its alias.
     */
    static void bodiesWithoutTheirCountry(ActorsFound f) {
        Map<String, ActorDraft> byShort = new HashMap<>();
        Set<String> twice = new HashSet<>();
        for (ActorDraft o : f.orgs.values()) {
            int of = o.name.lastIndexOf(" of ");
            if (of <= 0) {
                continue;
            }
            String place = o.name.substring(of + 4);
            Gazetteer.Entry e = Gazetteer.get().lookup(place.startsWith("the ") ? place.substring(4) : place);
            if (e != null && e.kind() == Gazetteer.Kind.COUNTRY) {
                String key = Slugs.fold(o.name.substring(0, of));
                if (byShort.putIfAbsent(key, o) != null) {
                    twice.add(key);
                }
            }
        }
        if (byShort.isEmpty()) {
            return;
        }
        for (var it = f.orgs.values().iterator(); it.hasNext(); ) {
            ActorDraft o = it.next();
            String key = Slugs.fold(o.name.startsWith("The ") ? o.name.substring(4) : o.name);
            ActorDraft body = byShort.get(key);
            if (body == null || body == o || twice.contains(key)) {
                continue;
            }
            body.spans.addAll(o.spans);
            sortSpans(body);
            alias(body, o.name);
            it.remove();
            forget(f, o);
            f.orgByAlias.putIfAbsent(key, body);
        }
    }

    /** Takes an organisation no longer in {@link ActorsFound#orgs} out of the maps that find it by its names. */
    static void forget(ActorsFound f, ActorDraft o) {
        f.orgByAlias.values().removeIf(d -> d == o);
        f.orgByShortName.values().removeIf(d -> d == o);
    }

    static void sortSpans(ActorDraft d) {
        d.spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
    }

    /**
     * Rule "surname of a newspaper's word": "Atlantic City Mayor Dale Guardian … Guardian said": a mention of a
     * newspaper named "The X", written as "X" alone with no "the" before it, is the person of that surname when the
     * article names one in full; "the Guardian reported" stays the newspaper.
     */
    private static void newspaperWordsAsSurnames(ActorsFound f, NameIndex<ActorDraft> index, ArticleText text) {
        for (var it = f.orgs.values().iterator(); it.hasNext(); ) {
            ActorDraft o = it.next();
            if (!o.name.startsWith("The ") || o.name.indexOf(' ', 4) >= 0) {
                continue;
            }
            String word = o.name.substring(4);
            ActorDraft person = index.find(Slugs.fold(word), true, false);
            if (person == null || person.name.indexOf(' ') < 0) {
                continue;
            }
            moveMentions(f, it, o, person, text, (para, s) -> para.substring(s[1], s[2]).equals(word)
                    && !para.substring(Math.max(0, s[1] - 4), s[1]).equalsIgnoreCase("the "));
        }
    }

    static String paragraphText(ArticleText text, int index) {
        for (ArticleText.Para p : text.paras) {
            if (p.index() == index) {
                return p.text();
            }
        }
        throw new IllegalStateException("no paragraph " + index);
    }
}
