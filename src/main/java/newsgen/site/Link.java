package newsgen.site;

/**
 * A name and the site path of its page, as templates link it (the {@code link} macro); {@code href} is null when
 * the name has no page, and the name is then shown as text.
 */
record Link(String name, String href) {
}
