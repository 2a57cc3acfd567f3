package newsgen.extract;

import com.fasterxml.jackson.databind.JsonNode;
import newsgen.model.Actor;
import newsgen.model.ArticleRecord;
import newsgen.model.DateMention;
import newsgen.model.Quote;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * shared/eval/score.py ported: name folding, set matching, quotes, speakers, and {@link #score} of one record
 * against one hand-made gold file, which the seed test and the dev-set test both use.
 */
final class GoldScore {
    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "and", "in", "on", "for", "to", "so", "called");
    /** What score.py's norm() turns into spaces: anything but word characters, spaces, apostrophes and hyphens. */
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}_\\s'-]");
    /** Apostrophes and hyphens not inside a word. */
    private static final Pattern EDGE_PUNCT = Pattern.compile("(?<![\\p{L}\\p{N}_])['-]|['-](?![\\p{L}\\p{N}_])");

    /** True positives, counted predictions, gold size, misses and extras of one comparison. */
    record Counts(int tp, int predicted, int gold, List<String> misses, List<String> extras) {
        double f1() {
            double p = predicted == 0 ? 1 : (double) tp / predicted;
            double r = gold == 0 ? 1 : (double) tp / gold;
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private GoldScore() {
    }

    static String norm(String s) {
        if (s == null) {
            return "";
        }
        s = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        s = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
        s = NON_WORD.matcher(s).replaceAll(" ");
        s = EDGE_PUNCT.matcher(s).replaceAll(" ");
        return String.join(" ", s.trim().split("\\s+")).trim();
    }

    static Set<String> namesOf(JsonNode gold) {
        Set<String> out = new HashSet<>();
        if (gold.isTextual()) {
            out.add(norm(gold.asText()));
            return out;
        }
        out.add(norm(gold.path("name").asText(null)));
        gold.path("aliases").forEach(a -> out.add(norm(a.asText())));
        out.remove("");
        return out;
    }

    static Set<String> namesOf(String name, List<String> aliases) {
        Set<String> out = new HashSet<>();
        out.add(norm(name));
        aliases.forEach(a -> out.add(norm(a)));
        out.remove("");
        return out;
    }

    /** score.py's match_sets: predictions matching an optional entity, or a gold one already matched, are not counted. */
    static Counts match(List<Set<String>> gold, List<String> goldNames, List<Set<String>> pred, List<String> predNames,
                        List<Set<String>> optional) {
        Set<Integer> used = new HashSet<>();
        int tp = 0;
        int counted = 0;
        List<String> extras = new ArrayList<>();
        for (int i = 0; i < pred.size(); i++) {
            Set<String> pn = pred.get(i);
            Integer hit = null;
            for (int g = 0; g < gold.size() && hit == null; g++) {
                if (!used.contains(g) && intersects(gold.get(g), pn)) {
                    hit = g;
                }
            }
            if (hit != null) {
                used.add(hit);
                tp++;
                counted++;
            } else if (optional.stream().noneMatch(o -> intersects(o, pn)) && gold.stream().noneMatch(g -> intersects(g, pn))) {
                counted++;
                extras.add(predNames.get(i));
            }
        }
        List<String> misses = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            if (!used.contains(g)) {
                misses.add(goldNames.get(g));
            }
        }
        return new Counts(tp, counted, gold.size(), misses, extras);
    }

    /** score.py's dup_penalty: predicted people that repeat a gold person already matched. */
    static int duplicates(List<Set<String>> gold, List<Set<String>> pred) {
        Set<Integer> seen = new HashSet<>();
        int dups = 0;
        for (Set<String> pn : pred) {
            for (int g = 0; g < gold.size(); g++) {
                if (intersects(gold.get(g), pn)) {
                    dups += seen.add(g) ? 0 : 1;
                    break;
                }
            }
        }
        return dups;
    }

    static boolean quoteMatch(String gold, String pred) {
        List<String> gt = List.of(norm(gold).split(" "));
        List<String> pt = List.of(norm(pred).split(" "));
        if (norm(gold).isEmpty() || norm(pred).isEmpty()) {
            return false;
        }
        if (gt.equals(pt)) {
            return true;
        }
        if (gt.size() < 4) {
            return false;
        }
        Set<String> g = new HashSet<>(gt);
        Set<String> p = new HashSet<>(pt);
        Set<String> common = new HashSet<>(g);
        common.retainAll(p);
        return (double) common.size() / g.size() >= 0.8 && (double) common.size() / p.size() >= 0.6;
    }

    static boolean speakerOk(String gold, String pred, List<Set<String>> entities) {
        if (gold == null) {
            return pred == null || pred.isEmpty();
        }
        if (pred == null || pred.isEmpty()) {
            return false;
        }
        String gs = norm(gold);
        String ps = norm(pred);
        if (gs.equals(ps)) {
            return true;
        }
        for (Set<String> e : entities) {
            if (e.contains(gs) && e.contains(ps)) {
                return true;
            }
        }
        String shorter = gs.length() <= ps.length() ? gs : ps;
        String longer = shorter == gs ? ps : gs;
        boolean content = List.of(shorter.split(" ")).stream().anyMatch(w -> !w.isEmpty() && !STOP.contains(w));
        return content && (" " + longer + " ").contains(" " + shorter + " ");
    }

    static List<Set<String>> actorNames(ArticleRecord r, String type) {
        List<Set<String>> out = new ArrayList<>();
        for (Actor a : r.actors()) {
            if (a.type().equals(type)) {
                out.add(namesOf(a.name(), a.aliases()));
            }
        }
        return out;
    }

    static Set<String> dateValues(ArticleRecord r) {
        Set<String> out = new HashSet<>();
        for (DateMention d : r.dates()) {
            out.add(d.value());
        }
        return out;
    }

    static int intersectsQuote(List<Quote> quotes, Set<Integer> used, String gold) {
        for (int i = 0; i < quotes.size(); i++) {
            if (!used.contains(i) && quoteMatch(gold, quotes.get(i).text())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String s : a) {
            if (b.contains(s)) {
                return true;
            }
        }
        return false;
    }

    /** Gold lists read as the scorer reads them: name sets, display labels, plain texts. */
    static List<Set<String>> names(JsonNode list) {
        List<Set<String>> out = new ArrayList<>();
        list.forEach(e -> out.add(GoldScore.namesOf(e)));
        return out;
    }

    static List<String> labels(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(e -> out.add(e.isTextual() ? e.asText() : e.path("name").asText()));
        return out;
    }

    static List<String> labels(ArticleRecord r, String type) {
        return r.actors().stream().filter(a -> a.type().equals(type)).map(Actor::name).toList();
    }

    static Set<String> texts(JsonNode list) {
        Set<String> out = new HashSet<>();
        list.forEach(e -> out.add(e.asText()));
        return out;
    }

    /**
     * One record scored against its gold file as score.py scores it.
     *
     * @param attributed quotes found whose speaker is right (tp), of all record quotes (predicted) and gold quotes
     * @param dates      required dates found, of the record's dates that are not optional, and of the required
     * @param duplicates record people that repeat a gold person already matched (an alias not merged)
     */
    record ArticleScore(Counts people, Counts orgs, Counts places, Counts quotes, Counts attributed, Counts dates,
                        int duplicates, boolean dateRight, boolean placeRight, List<String> speakerMisses) {
    }

    static ArticleScore score(JsonNode gold, ArticleRecord r) {
        List<Set<String>> goldPeople = names(gold.path("people"));
        List<Set<String>> people = actorNames(r, Actor.PERSON);
        Counts p = match(goldPeople, labels(gold.path("people")), people, labels(r, Actor.PERSON), List.of());
        Counts o = match(names(gold.path("organizations")), labels(gold.path("organizations")),
                actorNames(r, Actor.ORGANIZATION), labels(r, Actor.ORGANIZATION), names(gold.path("organizations_optional")));

        List<Set<String>> goldPlaces = new ArrayList<>();
        for (JsonNode g : gold.path("places")) {
            List<String> aliases = new ArrayList<>();
            gold.path("place_aliases").path(g.asText()).forEach(a -> aliases.add(a.asText()));
            goldPlaces.add(namesOf(g.asText(), aliases));
        }
        List<Set<String>> places = new ArrayList<>();
        List<String> placeNames = new ArrayList<>();
        r.places().forEach(pl -> {
            places.add(namesOf(pl.name(), List.of()));
            placeNames.add(pl.name());
        });
        Counts pl = match(goldPlaces, labels(gold.path("places")), places, placeNames, names(gold.path("places_optional")));

        List<Set<String>> entities = names(gold.path("people"));
        entities.addAll(names(gold.path("organizations")));
        Set<Integer> used = new HashSet<>();
        int found = 0;
        int right = 0;
        List<String> quoteMisses = new ArrayList<>();
        List<String> speakerMisses = new ArrayList<>();
        for (JsonNode gq : gold.path("quotes")) {
            String text = gq.path("text").asText();
            int hit = intersectsQuote(r.quotes(), used, text);
            if (hit < 0) {
                quoteMisses.add(text);
                continue;
            }
            used.add(hit);
            found++;
            Quote q = r.quotes().get(hit);
            String goldSpeaker = gq.path("speaker").isNull() || gq.path("speaker").isMissingNode() ? null
                    : gq.path("speaker").asText();
            if (speakerOk(goldSpeaker, q.speakerName(), entities)) {
                right++;
            } else {
                speakerMisses.add("\"" + q.text() + "\": want " + goldSpeaker + ", got " + q.speakerName()
                        + " (rule " + q.rule() + ")");
            }
        }
        List<String> extraQuotes = new ArrayList<>();
        for (int i = 0; i < r.quotes().size(); i++) {
            if (!used.contains(i)) {
                extraQuotes.add(r.quotes().get(i).text());
            }
        }
        int goldQuotes = gold.path("quotes").size();
        Counts quotes = new Counts(found, r.quotes().size(), goldQuotes, quoteMisses, extraQuotes);
        Counts attributed = new Counts(right, r.quotes().size(), goldQuotes, speakerMisses, List.of());

        Set<String> required = texts(gold.path("dates").path("required"));
        Set<String> values = dateValues(r);
        Set<String> hits = new HashSet<>(required);
        hits.retainAll(values);
        values.removeAll(texts(gold.path("dates").path("optional")));
        List<String> dateMisses = new ArrayList<>(required);
        dateMisses.removeAll(hits);
        List<String> dateExtras = new ArrayList<>(values);
        dateExtras.removeAll(required);
        Counts dates = new Counts(hits.size(), values.size(), required.size(), dateMisses, dateExtras);

        boolean dateRight = gold.path("date").isMissingNode() || gold.path("date").isNull()
                ? r.date() == null : gold.path("date").asText().equals(r.date());
        String main = r.place() == null ? null : r.place().name();
        boolean placeRight = norm(gold.path("place").asText()).equals(norm(main));
        return new ArticleScore(p, o, pl, quotes, attributed, dates, duplicates(goldPeople, people), dateRight,
                placeRight, speakerMisses);
    }
}
