package newsgen.site;

import java.util.List;

/**
 * One page of a person, organisation or place: its facts on the first page, then its slice of quotes and articles.
 *
 * @param undecided   the people a bare name could be, when nothing decides which
 * @param page        this page's number, from 1
 * @param quoteFrom   the number of this page's first quote, from 1 (0 when it shows none); likewise the others
 * @param quoteYears  this page's quotes by year, when the entity has enough quotes to need it, else empty
 * @param facts       what the first page shows above the lists; null on later pages
 */
record EntityView(String name, String description, String link, List<Link> undecided, int mentions, int articleCount,
                  int quoteCount, int page, int quoteFrom, int quoteTo, int articleFrom, int articleTo,
                  List<QuoteView> quotes, List<QuoteYear> quoteYears, List<ArticleLink> articles, EntityFacts facts) {

    /** The quotes of one year, "Undated" for quotes from undated articles. */
    record QuoteYear(String year, List<QuoteView> quotes) {
    }
}
