package newsgen.site;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** sitemap.xml (sitemaps.org 0.9): the absolute URL of every content page, in site order. */
final class Sitemap {
    private Sitemap() {
    }

    static byte[] write(BaseUrl base, List<String> pagePaths) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String path : pagePaths) {
            xml.append("<url><loc>").append(escape(base.of(path))).append("</loc></url>\n");
        }
        return xml.append("</urlset>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String url) {
        return url.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&apos;");
    }
}
