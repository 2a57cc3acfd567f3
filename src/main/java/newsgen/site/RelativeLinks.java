package newsgen.site;

/**
 * Page-relative links, so the site works from file://, a GitHub Pages project path or any server.
 * Every page refers to others as {@code root + sitePath}, where root climbs back to the site's top.
 */
public final class RelativeLinks {
    private RelativeLinks() {
    }

    /**
     * The prefixes of pages up to this deep, made once: a page's macro calls pass its root, and the macros' memory
     * compares it with the root of the call it keeps, at once when it is the same string ({@link QuickMacros}).
     */
    private static final String[] ROOTS = {"", "../", "../../", "../../../", "../../../../"};

    /** The prefix that leads from a page to the site's top: "" for index.html, "../" for people/x.html. */
    public static String root(String pagePath) {
        int depth = 0;
        for (int i = 0; i < pagePath.length(); i++) {
            if (pagePath.charAt(i) == '/') {
                depth++;
            }
        }
        return depth < ROOTS.length ? ROOTS[depth] : "../".repeat(depth);
    }

    public static String article(String slug) {
        return "articles/" + slug + ".html";
    }

    public static String story(String id) {
        return "stories/" + id + ".html";
    }

    /** The folder of an entity kind's pages. */
    public static String folder(String kind) {
        return switch (kind) {
            case "person" -> "people";
            case "organization" -> "organisations";
            case "place" -> "places";
            default -> throw new IllegalArgumentException("no pages for kind " + kind);
        };
    }

    public static String entity(String kind, String id) {
        return folder(kind) + "/" + id + ".html";
    }
}
