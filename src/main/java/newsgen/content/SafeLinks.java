package newsgen.content;

import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keeps only links a reader can follow without running anything: web and mail addresses, and relative links.
 * A {@code javascript:}, {@code data:}, {@code vbscript:} or any other scheme loses its {@code href}/{@code src},
 * so the link's text stays but nothing can be clicked or loaded.
 */
final class SafeLinks implements AttributeProvider {
    /** Schemes a link may use. */
    private static final Set<String> ALLOWED = Set.of("http", "https", "mailto");
    /** What browsers ignore inside a URL before reading its scheme: controls, spaces, tabs and line breaks. */
    private static final Pattern IGNORED = Pattern.compile("[\\x00-\\x20\\x7f]+");
    /** A scheme: letters, then letters, digits, + . or -, then a colon. */
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.\\-]*):");

    static IndependentAttributeProviderFactory factory() {
        return new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return new SafeLinks();
            }
        };
    }

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        for (String name : new String[]{"href", "src"}) {
            var value = attributes.getValue(name);
            if (!value.isEmpty() && !isSafe(value)) {
                attributes.remove(name);
            }
        }
    }

    /** Whether a URL, as a browser would read it, names a web or mail address or a relative path. */
    static boolean isSafe(String url) {
        String plain = IGNORED.matcher(url).replaceAll("").toLowerCase(Locale.ROOT);
        var scheme = SCHEME.matcher(plain);
        return !scheme.find() || ALLOWED.contains(scheme.group(1));
    }
}
