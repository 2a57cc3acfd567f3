package newsgen.site;

/**
 * An article in the list of articles: its link fields, its main place, the first lines of its story and the story
 * it belongs to.
 *
 * @param place   its main place, or null
 * @param summary the first lines of its body, cut at a word
 * @param story   the story several outlets' reports of the same event make, or null
 */
record ArticleCard(String slug, String title, String outlet, String date, String dateLabel, String href,
                   Link place, String summary, StoryLink story) {
}
