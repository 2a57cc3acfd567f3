package newsgen.archive;

import newsgen.model.ArchivedArticle;
import newsgen.model.ArticleLinks;
import newsgen.model.ArticleLinks.NamedEntity;
import newsgen.model.ArticleRecord;
import newsgen.model.ArticleRef;
import newsgen.model.EntityRef;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the passes learn about one article. */
final class Linked {
    final int position;
    final ArchivedArticle article;
    final ArticleRecord record;
    final ArticleRef ref;
    final Map<String, EntityRef> actors = new HashMap<>();
    final Map<String, EntityRef> places = new HashMap<>();
    final List<NamedEntity> names = new ArrayList<>();
    /** Every entity the article names, in record order. */
    final Set<EntityRef> named = new LinkedHashSet<>();
    final List<QuoteMatcher.Candidate> quotes = new ArrayList<>();
    /** The quotes the speakers pass gathers, each with its speaker's key ({@link SpokenQuotes#of}). */
    List<Spoken> spoken = List.of();
    List<TimelineBuilder.Dated> dates = List.of();
    /** The entity of each of the record's actors and places, by position; null where none. */
    EntityRef[] actorEntities;
    EntityRef[] placeEntities;
    String story;

    Linked(int position, ArchivedArticle article) {
        this.position = position;
        this.article = article;
        this.record = article.record();
        this.ref = ArticleRef.of(record);
    }

    ArticleLinks links() {
        return new ArticleLinks(actors, places, names, story);
    }
}
