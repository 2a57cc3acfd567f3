package newsgen.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where the site will be published ({@code https://example.org/news/}). Only what must be absolute uses it:
 * canonical links, Open Graph, JSON-LD, feeds and the sitemap. Every link between pages stays relative.
 */
public record BaseUrl(String value) {
    public BaseUrl {
        if (!value.endsWith("/")) {
            value = value + "/";
        }
    }

    /**
     * Reads a base URL as the user gave it; an {@code http(s)} URL with a host, without query or fragment.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    public static BaseUrl parse(String text) {
        URI uri;
        try {
            uri = new URI(text.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + text);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException("must be an http:// or https:// URL with a host, such as https://example.org/news/: " + text);
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("must not have a query or fragment: " + text);
        }
        return new BaseUrl(uri.toASCIIString());
    }

    /** The absolute URL of a site path ("people/x.html"); the front page is the base URL itself. */
    public String of(String sitePath) {
        return sitePath.equals("index.html") ? value : value + sitePath;
    }
}
