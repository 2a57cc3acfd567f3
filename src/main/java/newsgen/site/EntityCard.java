package newsgen.site;

/**
 * A person, organisation or place in its list.
 *
 * @param detail its place type, or its most frequent role, or null
 */
record EntityCard(String name, String href, String detail, int mentions, int articleCount, int quoteCount) {
}
