package newsgen.site;

import newsgen.model.ArticleRef;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An Atom feed (RFC 4287) of the newest dated articles, for the whole archive or for one person, organisation or
 * place. Written only with a base URL: a feed is read from elsewhere by its address, and its ids must be
 * absolute. "updated" is the newest article's date, never the build time, so the same input gives the same bytes.
 */
final class AtomFeed {
    /** Entries per feed: readers poll feeds, so the newest few are what they need. */
    static final int ENTRIES = 20;
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomFeed() {
    }

    /**
     * @param path     the feed's own site path ("feed.xml", "people/x.xml")
     * @param page     the site path of the page the feed follows ("index.html", "people/x.html")
     * @param articles newest first; undated ones are left out
     * @param summary  an article's summary by slug
     */
    /** The articles a feed lists: the newest dated ones, up to its size. */
    static List<ArticleRef> entries(List<ArticleRef> articles) {
        return articles.stream().filter(a -> a.date() != null).limit(ENTRIES).toList();
    }

    static byte[] write(BaseUrl base, String siteTitle, String title, String path, String page, List<ArticleRef> articles,
                        Function<String, String> summary) {
        List<ArticleRef> dated = entries(articles);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.setDefaultNamespace(ATOM);
            xml.writeStartElement(ATOM, "feed");
            xml.writeDefaultNamespace(ATOM);
            element(xml, "id", base.of(path));
            element(xml, "title", title);
            element(xml, "updated", dated.isEmpty() ? "1970-01-01T00:00:00Z" : timestamp(dated.get(0).date()));
            link(xml, Map.of("rel", "self", "type", "application/atom+xml", "href", base.of(path)));
            link(xml, Map.of("rel", "alternate", "type", "text/html", "href", base.of(page)));
            xml.writeStartElement("author");
            element(xml, "name", siteTitle);
            xml.writeEndElement();
            for (ArticleRef a : dated) {
                xml.writeStartElement("entry");
                String href = base.of(RelativeLinks.article(a.slug()));
                element(xml, "id", href);
                element(xml, "title", a.title());
                element(xml, "updated", timestamp(a.date()));
                element(xml, "published", timestamp(a.date()));
                link(xml, Map.of("rel", "alternate", "type", "text/html", "href", href));
                if (a.outlet() != null) {
                    xml.writeStartElement("author");
                    element(xml, "name", a.outlet());
                    xml.writeEndElement();
                }
                String text = summary.apply(a.slug());
                if (text != null && !text.isEmpty()) {
                    element(xml, "summary", text);
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write feed " + path, e);
        }
        return (bytes.toString(StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String timestamp(String isoDate) {
        return isoDate + "T00:00:00Z";
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(XmlText.clean(text));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, Map<String, String> attributes) throws XMLStreamException {
        xml.writeEmptyElement("link");
        for (String name : List.of("rel", "type", "href")) {
            xml.writeAttribute(name, attributes.get(name));
        }
    }
}
