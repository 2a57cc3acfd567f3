package newsgen.site;

/**
 * A view that the site makes once and shows on many pages (an article as other pages cite it, a quote with its
 * source). It is immutable, so {@link ModelHash} hashes each one once per build and puts its digest in every page's
 * key that holds it, instead of its text again on every page.
 */
interface SharedView {
}
