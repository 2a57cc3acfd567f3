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
                dates.addAll(dateResolver.resolve(p, article.date()));
            }
        }
        return record(article, main, places.places(), actors.actors(), quotes, dates);
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
