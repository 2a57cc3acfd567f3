package newsgen.extract;

import newsgen.model.Article;
import newsgen.model.ArticleRecord;
import newsgen.model.DateMention;
import newsgen.model.ParagraphKind;
import newsgen.model.Place;
import newsgen.model.Quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns one loaded article into its record: places, actors, quotes with speakers, dates. The one public entry
 * point of extraction. Thread-safe: it keeps no state between articles, so one instance serves a whole build.
 */
public final class Extractor {
    private final ActorFinder actorFinder = new ActorFinder();
    private final PlaceFinder placeFinder = new PlaceFinder();
    private final MainPlaceFinder mainPlaceFinder = new MainPlaceFinder();
    private final QuoteFinder quoteFinder = new QuoteFinder();
    private final SpeakerResolver speakerResolver = new SpeakerResolver();
    private final DateResolver dateResolver = new DateResolver();

    /**
     * The record of an article. A rule that fails throws: the caller reports it as that file's problem (the build
     * goes on with the other articles), so a bug is never hidden behind a record that silently lacks its quotes.
     */
    public ArticleRecord extract(Article article) {
        ArticleText text = new ArticleText(article);
        ActorFinder.Result actors = actorFinder.find(text);
        PlaceFinder.Result places = placeFinder.find(text, actors.nameTokens());
        Place main = mainPlaceFinder.find(text, places.mentions(), places.places());
        List<Quote> quotes = speakerResolver.resolve(text, quoteFinder.find(text), actors.mentions(), places.mentions());
        List<DateMention> dates = new ArrayList<>();
        for (ArticleText.Para p : text.paras) {
            if (p.kind() != ParagraphKind.CAPTION) {
                // one by one: addAll copied each paragraph's list into an array first (~2% of the bytes gen extract
                // allocated, JFR), most of them empty
                List<DateMention> found = dateResolver.resolve(p, article.date());
                for (int i = 0; i < found.size(); i++) {
                    dates.add(found.get(i));
                }
            }
        }
        return record(article, main, places.places(), withSpeakers(actors.actors(), quotes), quotes, dates);
    }

    /**
     * A speaker's name that may be a person's: no word of it a place, nationality, party, organisation, title or head
     * word, no acronym ("Israel said", "the Texan said", "PAC said", "Pennsylvania Gov" are nobody's name).
     */
    private static boolean personLike(String name) {
        Gazetteer gaz = Gazetteer.get();
        List<Token> tokens = Tokenizer.tokens(name, List.of(new Sentences.Span(0, name.length())));
        for (int i = 0; i < tokens.size(); i++) {
            Token w = tokens.get(i);
            boolean dotted = w.text().endsWith(".") || i + 1 < tokens.size() && w.text().length() == 1;
            if (gaz.longestAt(tokens, name, i) != null || gaz.titles.contains(w.key()) || gaz.orgHeads.contains(w.key())
                    || gaz.nonNames.contains(w.text()) || w.upper() && !dotted || NameWordRules.glued(w.text())
                    || !Character.isUpperCase(w.text().charAt(0)) && i == 0
                    || i == 0 && NameWordRules.NUMBER_WORDS.contains(w.key())) { // "Zero Hedge said": a website
                return false;
            }
        }
        if (tokens.isEmpty() || NameRuns.CONNECTORS.contains(tokens.get(0).key())
                || tokens.size() == 1 && PlaceFinder.GEO_WORDS.contains(tokens.get(0).key())) {
            return false; // "La Stampa", "State"
        }
        Token last = tokens.get(tokens.size() - 1);
        return gaz.givenNames.contains(last.key()) || !NameWordRules.GROUPS.matcher(last.text()).matches();
    }

    /** The label of the rule that names a speaker no other rule made an actor ({@code SpeakerRule.UNLISTED_NAME}). */
    private static final String UNLISTED = SpeakerRule.UNLISTED_NAME.label;

    /**
     * The actors and, after them, every person only the unlisted-name speaker rule found ("“…,” Dunmore said" with no
     * other evidence for Dunmore): someone who speaks is someone of the article, so the record lists them, with one
     * mention per quote. A speaker whose name is already an actor's name or alias adds nobody.
     */
    static List<newsgen.model.Actor> withSpeakers(List<newsgen.model.Actor> actors, List<Quote> quotes) {
        java.util.Map<String, Integer> count = new java.util.LinkedHashMap<>();
        java.util.Map<String, String> names = new java.util.HashMap<>();
        for (Quote q : quotes) {
            if (UNLISTED.equals(q.rule()) && q.speaker() != null && q.speakerName() != null) {
                count.merge(q.speaker(), 1, Integer::sum);
                names.putIfAbsent(q.speaker(), q.speakerName());
            }
        }
        if (count.isEmpty()) {
            return actors;
        }
        java.util.Set<String> known = new java.util.HashSet<>();
        for (newsgen.model.Actor a : actors) {
            known.add(a.id());
            known.add(Slugs.fold(a.name()));
            if (a.isPerson()) {
                // "Spade" said, with "Walter Spade" listed: the speaker rules did not join them, but he is listed
                known.add(Slugs.fold(a.name().substring(a.name().lastIndexOf(' ') + 1)));
            }
            for (String alias : a.aliases()) {
                known.add(Slugs.fold(alias));
            }
        }
        List<newsgen.model.Actor> out = new ArrayList<>(actors);
        List<String> ids = new ArrayList<>(count.keySet());
        // full names first, so "Ronan Law" takes a later "Law"
        ids.sort(java.util.Comparator.comparingInt(id -> names.get(id).indexOf(' ') < 0 ? 1 : 0));
        for (String id : ids) {
            String name = names.get(id);
            if (!known.contains(id) && !known.contains(Slugs.fold(name)) && personLike(name)) {
                out.add(new newsgen.model.Actor(id, name, newsgen.model.Actor.PERSON, List.of(), List.of(), null, count.get(id)));
                known.add(Slugs.fold(name.substring(name.lastIndexOf(' ') + 1)));
            }
        }
        return List.copyOf(out);
    }

    /** The same as {@link #extract}; the name older tests use. */
    ArticleRecord extractStrict(Article article) {
        return extract(article);
    }

    private static ArticleRecord record(Article a, Place main, List<Place> places, List<newsgen.model.Actor> actors,
                                        List<Quote> quotes, List<DateMention> dates) {
        String file = a.file() == null ? null : a.file().toString().replace('\\', '/');
        return new ArticleRecord(file, a.slug(), a.title(), a.outlet(), a.url(),
                a.date() == null ? null : a.date().toString(), main, places, actors, quotes, dates);
    }
}
