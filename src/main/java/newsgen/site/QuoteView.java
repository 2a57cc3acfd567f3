package newsgen.site;

/**
 * A quote and who said it.
 *
 * @param speakerName the speaker's name, or the role the text gives ("a spokesman"), or null when not named
 * @param speakerHref the speaker's page, or null
 * @param article     the article it is from, or null on that article's own page
 */
record QuoteView(String text, String speakerName, String speakerHref, ArticleLink article) implements SharedView {
}
