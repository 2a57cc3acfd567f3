package newsgen.site;

import newsgen.model.Actor;
import newsgen.model.ArchivedArticle;
import newsgen.model.ArticleLinks;
import newsgen.model.ArticleRecord;
import newsgen.model.EntityRef;
import newsgen.model.Place;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The schema.org {@code NewsArticle} of an article page, which templates write as JSON-LD with the {@code json}
 * filter. Made only with a base URL: its ids and urls are absolute by definition.
 */
final class NewsArticleData {
    private NewsArticleData() {
    }

    /**
     * @param href the site path of an entity's page, or null when it has none
     */
    static Map<String, Object> of(ArchivedArticle a, ArticleLinks links, BaseUrl base, String siteTitle,
                                  Function<EntityRef, String> href) {
        ArticleRecord r = a.record();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@context", "https://schema.org");
        m.put("@type", "NewsArticle");
        String url = base.of(RelativeLinks.article(r.slug()));
        m.put("@id", url);
        m.put("url", url);
        m.put("mainEntityOfPage", url);
        m.put("headline", r.title());
        if (r.date() != null) {
            m.put("datePublished", r.date());
        }
        // An ordered map: Map.of's order changes from one JVM run to the next, and the same input must give the same bytes.
        Map<String, Object> publisher = new LinkedHashMap<>();
        publisher.put("@type", "Organization");
        publisher.put("name", r.outlet() != null ? r.outlet() : siteTitle);
        m.put("publisher", publisher);
        if (r.url() != null) {
            m.put("isBasedOn", r.url());
        }
        if (r.place() != null) {
            m.put("about", List.of(thing("Place", r.place().name(), links.place(r.place().id()), base, href)));
        }
        List<Map<String, Object>> mentions = new ArrayList<>();
        for (Actor actor : r.actors()) {
            mentions.add(thing(actor.isPerson() ? "Person" : "Organization", actor.name(), links.actor(actor.id()), base, href));
        }
        for (Place p : r.places()) {
            mentions.add(thing("Place", p.name(), links.place(p.id()), base, href));
        }
        if (!mentions.isEmpty()) {
            m.put("mentions", mentions);
        }
        return m;
    }

    private static Map<String, Object> thing(String type, String name, EntityRef ref, BaseUrl base, Function<EntityRef, String> href) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@type", type);
        m.put("name", name);
        String path = ref == null ? null : href.apply(ref);
        if (path != null) {
            m.put("url", base.of(path));
        }
        return m;
    }
}
