package newsgen.site;

import newsgen.model.NameFinder;
import newsgen.model.EntityRef;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links the first mention of each entity in an article's body to its page. The paragraphs are already-escaped
 * HTML: names are looked for in the text between tags only, never inside a tag or an existing link, and the
 * text is copied exactly as it was escaped; only the anchor tags are added.
 */
final class BodyLinker {
    /** A character reference: named, decimal or hexadecimal. */
    private static final Pattern REFERENCE = Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});");
    private static final Map<String, String> NAMED = Map.of("&amp;", "&", "&lt;", "<", "&gt;", ">", "&quot;", "\"",
            "&apos;", "'", "&nbsp;", "\u00a0");

    private final NameFinder finder;
    private final Function<EntityRef, String> href;
    private final Set<EntityRef> linked = new HashSet<>();

    /**
     * @param href the page-relative link of an entity's page, or null when it has none
     */
    BodyLinker(NameFinder finder, Function<EntityRef, String> href) {
        this.finder = finder;
        this.href = href;
    }

    /** The paragraph with each entity not linked in an earlier paragraph linked at its first mention. */
    String link(String html) {
        StringBuilder out = new StringBuilder(html.length() + 64);
        int depth = 0;
        int i = 0;
        while (i < html.length()) {
            if (html.charAt(i) == '<') {
                int end = html.indexOf('>', i);
                if (end < 0) {
                    out.append(html, i, html.length());
                    break;
                }
                if (opensLink(html, i, end)) {
                    depth++;
                } else if (closesLink(html, i, end)) {
                    depth = Math.max(0, depth - 1);
                }
                out.append(html, i, end + 1);
                i = end + 1;
            } else {
                int end = html.indexOf('<', i);
                end = end < 0 ? html.length() : end;
                String text = html.substring(i, end);
                out.append(depth > 0 ? text : linkText(text));
                i = end;
            }
        }
        return out.toString();
    }

    /**
     * Whether the tag from {@code start} ('<') to {@code end} ('>') opens a link: {@code <a} then a space or the
     * tag's end, in either case. Read in place: a regular expression over a copy of every tag was ~2% of rendering.
     */
    static boolean opensLink(String html, int start, int end) {
        if (end - start < 2) {
            return false;
        }
        char a = html.charAt(start + 1);
        char next = html.charAt(start + 2);
        return (a == 'a' || a == 'A') && (next == '>' || space(next));
    }

    /** Whether the tag from {@code start} ('<') to {@code end} ('>') closes a link: {@code </a}, spaces, then its end. */
    static boolean closesLink(String html, int start, int end) {
        if (end - start < 3 || html.charAt(start + 1) != '/') {
            return false;
        }
        char a = html.charAt(start + 2);
        if (a != 'a' && a != 'A') {
            return false;
        }
        int i = start + 3;
        while (i < end && space(html.charAt(i))) {
            i++;
        }
        return i == end;
    }

    /** A white-space character as {@code \\s} of a regular expression means it. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Links names in one run of escaped text. */
    private String linkText(String escaped) {
        if (escaped.indexOf('&') < 0) {
            // Nothing is escaped here: the text is its own plain text.
            return wrap(escaped, escaped, null, null);
        }
        // The plain text, and for each of its characters where it starts and ends in the escaped text.
        StringBuilder plain = new StringBuilder(escaped.length());
        int[] from = new int[escaped.length()];
        int[] to = new int[escaped.length()];
        Matcher ref = REFERENCE.matcher(escaped);
        int i = 0;
        while (i < escaped.length()) {
            String decoded = null;
            int end = i + 1;
            if (escaped.charAt(i) == '&' && ref.region(i, escaped.length()).lookingAt()) {
                decoded = decode(ref.group());
                end = ref.end();
            }
            if (decoded == null) {
                from[plain.length()] = i;
                to[plain.length()] = i + 1;
                plain.append(escaped.charAt(i));
                i++;
                continue;
            }
            for (int k = 0; k < decoded.length(); k++) {
                from[plain.length()] = i;
                to[plain.length()] = end;
                plain.append(decoded.charAt(k));
            }
            i = end;
        }
        return wrap(escaped, plain.toString(), from, to);
    }

    /**
     * Copies the escaped text with an anchor around each name not linked yet.
     *
     * @param from where each plain character starts in the escaped text, or null when the two are the same text
     * @param to   where each plain character ends in the escaped text, or null likewise
     */
    private String wrap(String escaped, String plain, int[] from, int[] to) {
        List<NameFinder.Found> found = finder.find(plain);
        if (found.isEmpty()) {
            return escaped;
        }
        StringBuilder out = new StringBuilder(escaped.length() + 64);
        int copied = 0;
        for (NameFinder.Found f : found) {
            String target = f.entity() == null ? null : href.apply(f.entity());
            if (target == null || linked.contains(f.entity())) {
                continue;
            }
            int start = from == null ? f.start() : from[f.start()];
            int stop = to == null ? f.end() : to[f.end() - 1];
            if (start < copied) {
                continue;
            }
            linked.add(f.entity());
            out.append(escaped, copied, start)
                    .append("<a class=\"mention\" href=\"").append(attribute(target)).append("\">")
                    .append(escaped, start, stop).append("</a>");
            copied = stop;
        }
        out.append(escaped, copied, escaped.length());
        return out.toString();
    }

    private static String decode(String reference) {
        String named = NAMED.get(reference);
        if (named != null) {
            return named;
        }
        if (reference.startsWith("&#")) {
            try {
                boolean hex = reference.charAt(2) == 'x' || reference.charAt(2) == 'X';
                int cp = Integer.parseInt(reference.substring(hex ? 3 : 2, reference.length() - 1), hex ? 16 : 10);
                return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static String attribute(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
