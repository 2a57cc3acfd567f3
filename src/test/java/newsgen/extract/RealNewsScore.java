package newsgen.extract;

import com.fasterxml.jackson.databind.JsonNode;
import newsgen.model.Actor;
import newsgen.model.ArticleRecord;
import newsgen.model.Place;
import newsgen.model.Quote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * shared/eval/realnews.py ported: records of real news scored against a PolNeAR gold entry (human-annotated quoted
 * segments with their source as written, and CoreNLP's people, organisations and places as silver). Add every
 * article, then read the seven figures. Quote matching and name folding are {@link GoldScore}'s, as in score.py.
 */
final class RealNewsScore {
    /** Capitalised words of a source that name nobody: a leading determiner or honorific. */
    private static final Set<String> SKIP_CAPS = Set.of("The", "A", "An", "This", "That", "Mr", "Mr.", "Mrs", "Mrs.",
            "Ms", "Ms.", "Dr", "Dr.");
    /** Names the scorer takes as one place. */
    private static final Map<String, String> SAME = Map.of("us", "united states", "u s", "united states",
            "usa", "united states", "america", "united states", "uk", "united kingdom", "u k", "united kingdom",
            "britain", "united kingdom", "great britain", "united kingdom");

    private int total;
    private int hit;
    private int namedN;
    private int namedOk;
    private int otherN;
    private int otherGiven;
    private final int[] people = new int[2];
    private final int[] organizations = new int[2];
    private final int[] places = new int[2];
    private int extraPeople;
    private int peopleTotal;
    private final List<String> speakerMisses = new ArrayList<>();

    /** Scores one article: {@code gold} is its entry of gold.json, {@code r} its record (null when none was made). */
    void add(String article, JsonNode gold, ArticleRecord r) {
        List<Quote> pq = r == null ? List.of() : r.quotes();
        Set<Integer> used = new HashSet<>();
        for (JsonNode q : gold.path("quotes")) {
            total++;
            String text = q.path("text").asText();
            int i = GoldScore.intersectsQuote(pq, used, text);
            if (i < 0) {
                continue;
            }
            used.add(i);
            hit++;
            String name = pq.get(i).speakerName() == null ? "" : pq.get(i).speakerName();
            String kind = q.path("kind").asText();
            if (kind.equals("named")) {
                namedN++;
                Set<String> caps = new HashSet<>();
                for (String w : q.path("source").asText().split("\\s+")) {
                    if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !SKIP_CAPS.contains(w)) {
                        caps.addAll(toks(w));
                    }
                }
                caps.retainAll(toks(name));
                if (!caps.isEmpty()) {
                    namedOk++;
                } else if (speakerMisses.size() < 50) {
                    speakerMisses.add(article + ": \"" + abbreviate(text) + "\" source " + q.path("source").asText()
                            + ", got " + (name.isEmpty() ? null : name) + " (rule " + pq.get(i).rule() + ")");
                }
            } else if (kind.equals("pronoun") || kind.equals("descriptor")) {
                otherN++;
                otherGiven += name.isEmpty() ? 0 : 1;
            }
        }
        JsonNode silver = gold.path("silver");
        silver(silver.path("people"), entityNames(r, Actor.PERSON), people);
        silver(silver.path("organizations"), entityNames(r, Actor.ORGANIZATION), organizations);
        silver(silver.path("places"), placeNames(r), places);
        Set<String> silverWords = new HashSet<>();
        silver.path("people").forEach(n -> silverWords.addAll(toks(n.asText())));
        if (r != null) {
            for (Actor a : r.actors()) {
                if (a.isPerson()) {
                    peopleTotal++;
                    Set<String> words = new HashSet<>(toks(a.name()));
                    words.retainAll(silverWords);
                    extraPeople += words.isEmpty() ? 1 : 0;
                }
            }
        }
    }

    double quoteRecall() {
        return ratio(hit, total);
    }

    double namedSpeakerAcc() {
        return ratio(namedOk, namedN);
    }

    double pronounGiven() {
        return ratio(otherGiven, otherN);
    }

    double peopleSilverRecall() {
        return ratio(people[0], people[1]);
    }

    double organizationsSilverRecall() {
        return ratio(organizations[0], organizations[1]);
    }

    double placesSilverRecall() {
        return ratio(places[0], places[1]);
    }

    double peopleExtra() {
        return ratio(extraPeople, peopleTotal);
    }

    /** Up to 50 quotes with a named source whose speaker was missed or wrong, for a failure message. */
    List<String> speakerMisses() {
        return speakerMisses;
    }

    /** The figures as realnews.py prints them. */
    String summary() {
        return String.format(Locale.ROOT, "score: quote_recall=%.3f named_speaker_acc=%.3f pronoun_given=%.3f"
                        + " people_silver_recall=%.3f organizations_silver_recall=%.3f places_silver_recall=%.3f"
                        + " people_extra=%.3f", quoteRecall(), namedSpeakerAcc(), pronounGiven(), peopleSilverRecall(),
                organizationsSilverRecall(), placesSilverRecall(), peopleExtra());
    }

    private static void silver(JsonNode names, List<Set<String>> entities, int[] tally) {
        for (JsonNode n : names) {
            tally[1]++;
            tally[0] += found(n.asText(), entities) ? 1 : 0;
        }
    }

    /** realnews.py's found(): the name, an alias, the surname (or last two words) of a full name, or a longer form. */
    static boolean found(String name, List<Set<String>> entities) {
        String n = GoldScore.norm(name);
        n = SAME.getOrDefault(n, n);
        if (n.isEmpty()) {
            return true;
        }
        for (Set<String> names : entities) {
            if (names.contains(n)) {
                return true;
            }
            for (String full : names) {
                String[] w = full.split(" ");
                if (w.length > 1 && (n.equals(w[w.length - 1]) || n.equals(w[w.length - 2] + " " + w[w.length - 1])
                        || full.endsWith(" " + n))) {
                    return true;
                }
                if (n.split(" ").length > 1 && n.endsWith(" " + full) || n.startsWith(full + " ")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Set<String>> entityNames(ArticleRecord r, String type) {
        List<Set<String>> out = new ArrayList<>();
        if (r != null) {
            for (Actor a : r.actors()) {
                if (a.type().equals(type)) {
                    Set<String> names = new HashSet<>();
                    names.add(GoldScore.norm(a.name()));
                    a.aliases().forEach(x -> names.add(GoldScore.norm(x)));
                    out.add(names);
                }
            }
        }
        return out;
    }

    private static List<Set<String>> placeNames(ArticleRecord r) {
        List<Set<String>> out = new ArrayList<>();
        if (r != null) {
            for (Place p : r.places()) {
                out.add(Set.of(GoldScore.norm(p.name())));
            }
            if (r.place() != null) {
                out.add(Set.of(GoldScore.norm(r.place().name())));
            }
        }
        return out;
    }

    private static List<String> toks(String s) {
        String n = GoldScore.norm(s);
        return n.isEmpty() ? List.of() : List.of(n.split(" "));
    }

    private static String abbreviate(String s) {
        return s.length() <= 50 ? s : s.substring(0, 50) + "…";
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0.0 : (double) a / b;
    }
}
