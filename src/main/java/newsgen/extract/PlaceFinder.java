package newsgen.extract;

import newsgen.model.Place;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Countries, cities and regions named in an article, each once with its mention count; not inside people's or organisations' names. */
final class PlaceFinder {
    /** Where a place is named: paragraph index, the match's tokens and the place. */
    record Mention(ArticleText.Para para, Gazetteer.Match match, Place place) {
    }

    record Result(List<Place> places, List<Mention> mentions) {
    }

    /** A place match kept, before the places are counted. */
    private record Seen(ArticleText.Para para, Gazetteer.Match match, String id) {
    }

    /** "Santiago Bernabeu": a place name followed by a capitalised word nothing knows is part of another name. */
    private static boolean partOfLongerName(ArticleText.Para p, Gazetteer.Match m) {
        var t = p.tokens();
        if (m.to() >= t.size() || t.get(m.to() - 1).possessive()) {
            return false;
        }
        Token next = t.get(m.to());
        Gazetteer gaz = Gazetteer.get();
        return next.cap() && Gazetteer.joinable(p.text(), t.get(m.to() - 1), next) && p.matchAt(m.to()) == null
                && !gaz.nonNames.contains(next.text()) && !gaz.docHeads.contains(next.key())
                && !GEO_WORDS.contains(next.key()) && !Character.isDigit(next.text().charAt(0));
    }

    /** Words after a place name that keep it a place ("Tigray Region", "Bamako Declaration"). */
    static final Set<String> GEO_WORDS = Set.of("region", "province", "state", "district", "county", "valley",
            "river", "basin", "desert", "city", "capital", "coast", "border", "island", "islands", "mountains", "lake",
            "sea", "gulf", "delta", "plateau", "peninsula", "airport", "port");

    Result find(ArticleText text, Set<Long> nameTokens) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Gazetteer.Entry> entries = new LinkedHashMap<>();
        List<Seen> seen = new ArrayList<>();
        for (ArticleText.Para p : text.paras) {
            for (Gazetteer.Match m : p.matches()) {
                if (!m.entry().isPlace() || nameTokens.contains(((long) p.index() << 32) | m.from())
                        || partOfLongerName(p, m)) {
                    continue;
                }
                String id = Slugs.slug(m.entry().name());
                counts.computeIfAbsent(id, k -> new int[1])[0]++;
                entries.putIfAbsent(id, m.entry());
                seen.add(new Seen(p, m, id));
            }
        }
        Map<String, Place> places = new LinkedHashMap<>();
        entries.forEach((id, e) -> places.put(id, new Place(id, e.name(), e.placeType(), e.country(), counts.get(id)[0])));
        List<Mention> mentions = new ArrayList<>(seen.size());
        for (Seen f : seen) {
            mentions.add(new Mention(f.para(), f.match(), places.get(f.id())));
        }
        return new Result(List.copyOf(places.values()), mentions);
    }
}
