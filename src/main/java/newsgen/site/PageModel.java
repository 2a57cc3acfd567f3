package newsgen.site;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a template is given, one record per page kind. Each component of the record is a template variable of
 * the same name, so a variable is named once, here, and a template that names one the page does not have fails
 * the build (strict variables).
 */
sealed interface PageModel {
    /** The page's title, in its {@code <title>}. */
    String title();

    /** Which navigation link is marked current: "articles", "people", … or "none". */
    String section();

    /** The template's variables: one per record component, nulls included. */
    default Map<String, Object> variables() {
        Map<String, Object> variables = new HashMap<>();
        for (RecordComponent c : getClass().getRecordComponents()) {
            try {
                variables.put(c.getName(), c.getAccessor().invoke(this));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + c.getName() + " of " + getClass().getSimpleName(), e);
            }
        }
        return variables;
    }

    /** A page whose template needs nothing more: search, 404. */
    record PlainPage(String title, String section) implements PageModel {
    }

    /**
     * A list over numbered pages: articles, people, organisations, places, stories, the timeline.
     *
     * @param items  this page's items
     * @param total  the whole list's size
     * @param offset how many items earlier pages hold
     * @param pager  null when one page holds everything
     */
    record ListPage<T>(String title, String section, List<T> items, int total, int offset, Pagination.Pager pager)
            implements PageModel {
    }

    /** @param jsonLd the schema.org NewsArticle, or null without a base URL */
    record ArticlePage(String title, String section, ArticleView article, Map<String, Object> jsonLd) implements PageModel {
    }

    record EntityPage(String title, String section, EntityView entity, Pagination.Pager pager) implements PageModel {
    }

    record StoryPage(String title, String section, StoryView story) implements PageModel {
    }

    /**
     * A page of quotes: grouped by speaker, or (when {@code unattributed}) the quotes without a named speaker.
     *
     * @param speakers          this page's speakers and their quotes; empty for unattributed quotes
     * @param quotes            this page's unattributed quotes; empty for quotes by speaker
     * @param total             all quotes the list holds, over every page
     * @param unattributedCount quotes without a named speaker in the whole archive
     */
    record QuotesPage(String title, String section, boolean unattributed, List<Speaker> speakers, List<QuoteView> quotes,
                      int speakerCount, int total, int unattributedCount, Pagination.Pager pager) implements PageModel {
    }

    /**
     * A speaker's quotes on one page of the quotes list.
     *
     * @param count     all the speaker's quotes, over every page
     * @param continued true when the speaker's quotes began on an earlier page
     */
    record Speaker(String name, String href, int count, boolean continued, List<QuoteView> quotes) {
    }
}
