package newsgen.extract;

import newsgen.model.Place;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The story's main place: the dateline ("ABIDJAN, Côte d’Ivoire —"), else where the event happened or was announced
 * ("signed in Bamako", "took place on Saturday in the Malian capital Bamako"), else the most-named city, else null.
 */
final class MainPlaceFinder {
    /** A dateline opening the first paragraphs: capitals (or a name) then a dash, e.g. "BAMAKO, Mali (AFP) —". */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*(\\p{Lu}[\\p{Lu} .'’-]{1,40}?)(?:,([^" + Dashes.CLASS + "\\n]{1,40}?))?(?:\\s*\\([^)\\n]{1,30}\\))?\\s*(?:["
                    + Dashes.CLASS + "]|--)\\s");
    /** Paragraphs (headline included) that make the lead of a story. */
    private static final int LEAD_PARAGRAPHS = 3;
    /** Verbs of an event or an announcement (a resource); the place is an "in …" that follows within a few words. */
    private static final Set<String> EVENT_VERBS = WordSet.copyOf(WordList.lines("event-verbs.txt"));

    Place find(ArticleText text, List<PlaceFinder.Mention> mentions, List<Place> places) {
        Gazetteer gaz = Gazetteer.get();
        for (int i = 0; i < Math.min(2, text.paras.size()); i++) {
            Matcher m = DATELINE.matcher(text.paras.get(i).text());
            // lookingAt, not find: the pattern starts with ^, so find could match only at the start, but tried each
            // offset of the paragraph before it gave up (no multiline flag)
            if (m.lookingAt()) {
                Gazetteer.Entry e = gaz.lookup(m.group(1).strip());
                if (e == null) {
                    e = gaz.lookup(titleCase(m.group(1).strip()));
                }
                if (e == null && gaz.ambiguousCities.containsKey(titleCase(m.group(1).strip()))) {
                    // "CLEVELAND, July 19 (UPI) —": a city whose name is also a word or a given name is that city in a dateline
                    String city = titleCase(m.group(1).strip());
                    e = new Gazetteer.Entry(Gazetteer.Kind.CITY, city, gaz.ambiguousCities.get(city));
                }
                if (e == null && m.group(2) != null) {
                    // rule "dateline city with its state": "HEMPSTEAD, N.Y. —", a city the gazetteer does not know,
                    // placed by the state or country after its comma
                    Gazetteer.Entry where = gaz.lookup(m.group(2).strip());
                    if (where != null && (where.kind() == Gazetteer.Kind.REGION || where.kind() == Gazetteer.Kind.COUNTRY)
                            && where.country() != null) {
                        e = new Gazetteer.Entry(Gazetteer.Kind.CITY, titleCase(m.group(1).strip()), where.country());
                    }
                }
                if (e != null && e.isPlace()) {
                    for (Place p : places) {
                        if (p.name().equals(e.name())) {
                            return p;
                        }
                    }
                    return new Place(Slugs.slug(e.name()), e.name(), e.placeType(), e.country(), 1);
                }
            }
        }
        Place event = null;
        for (PlaceFinder.Mention pm : mentions) {
            if (pm.place().type().equals("city") && pm.para().index() <= LEAD_PARAGRAPHS * 2
                    && afterEventVerb(pm.para(), pm.match().from())) {
                event = pm.place();
                break;
            }
        }
        if (event != null) {
            return event;
        }
        // a city named once, deep in the story ("Kiev" in paragraph 21 of a Washington story), is no main place:
        // the most-named city needs two mentions or one in the lead
        java.util.Set<String> inLead = new java.util.HashSet<>();
        for (PlaceFinder.Mention pm : mentions) {
            if (pm.para().index() <= LEAD_PARAGRAPHS) {
                inLead.add(pm.place().id());
            }
        }
        Place best = null;
        for (Place p : places) {
            if (p.type().equals("city") && (best == null || p.mentions() > best.mentions())
                    && (p.mentions() >= 2 || inLead.contains(p.id()))) {
                best = p;
            }
        }
        // "Bangladesh's worst outbreak … in Dhaka": a country named more often than any of its cities is the story's place
        Place country = null;
        for (Place p : places) {
            if (p.type().equals("country") && (country == null || p.mentions() > country.mentions())) {
                country = p;
            }
        }
        // rule "city of the lead over its country": a city the lead names stays unless its country is named three
        // times as often ("a truck attack in Nice" with France named 12 times to Nice's 7 is Nice's story)
        if (country != null && best != null && country.mentions() >= best.mentions() + 2
                && (!inLead.contains(best.id()) || country.mentions() >= 3 * best.mentions())
                && country.name().equals(best.country())) {
            return country;
        }
        return best;
    }

    /** "… signed in Bamako", "… took place on Saturday in the Malian capital Bamako": an event verb, then "in …". */
    private static boolean afterEventVerb(ArticleText.Para p, int tokenIndex) {
        var t = p.tokens();
        int in = -1;
        for (int k = tokenIndex - 1; k >= 0 && tokenIndex - k <= 4; k--) {
            if (t.get(k).key().equals("in") || t.get(k).key().equals("at")) {
                in = k;
                break;
            }
        }
        if (in < 0) {
            return false;
        }
        int sentence = p.sentenceIndex(t.get(tokenIndex).start());
        for (int k = in - 1; k >= 0 && in - k <= 6; k--) {
            if (p.sentenceIndex(t.get(k).start()) != sentence) {
                return false;
            }
            if (EVENT_VERBS.contains(t.get(k).key())) {
                return true;
            }
        }
        return false;
    }

    private static String titleCase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        for (char c : s.toCharArray()) {
            b.append(start ? c : Character.toLowerCase(c));
            start = c == ' ' || c == '-';
        }
        return b.toString();
    }
}
