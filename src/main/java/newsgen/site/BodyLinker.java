package newsgen.site;

import newsgen.model.NameFinder;
import newsgen.model.EntityRef;

import java.util.Collection;
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
    /** How many entities can be linked at all (those with a page), or -1 when not known. */
    private final int linkable;
    /**
     * The plain text of the run being linked, and where each of its characters stands in the paragraph: the
     * thread's arrays ({@link Runs}), taken for each paragraph, a linker being used by one thread at a time.
     */
    private char[] plain;
    private int[] from;
    private int[] to;
    /** The paragraph being linked, copied up to {@link #copied}: made at its first anchor. */
    private StringBuilder out;
    private int copied;
    /**
     * The paragraph's characters, copied out at its first anchor: a builder appends a range of a string a character
     * at a time through {@code charAt}, ~2% of a cold build's page tasks (JFR, 10,164 articles), and a range of an
     * array in bulk.
     */
    private char[] whole;

    /**
     * @param href the page-relative link of an entity's page, or null when it has none
     */
    BodyLinker(NameFinder finder, Function<EntityRef, String> href) {
        this.finder = finder;
        this.href = href;
        this.linkable = -1;
    }

    /**
     * @param named every entity the finder looks for: once each of those with a page is linked, the paragraphs left
     *              are returned as they are, unread (they could gain no link)
     */
    BodyLinker(NameFinder finder, Function<EntityRef, String> href, Collection<EntityRef> named) {
        this.finder = finder;
        this.href = href;
        Set<EntityRef> withPage = new HashSet<>();
        for (EntityRef e : named) {
            if (e != null && href.apply(e) != null) {
                withPage.add(e);
            }
        }
        this.linkable = withPage.size();
    }

    /**
     * The paragraph with each entity not linked in an earlier paragraph linked at its first mention: the paragraph
     * as it is, with anchors put around names. The paragraph itself when it gains none (most do not), else it is
     * copied once, into a builder made at its first anchor: the runs of text and the pieces around each anchor were
     * each a string of their own, ~1 GB of a cold build's allocations with the finder's copies (JFR, 10,164 articles).
     */
    String link(String html) {
        if (linked.size() == linkable) {
            return html; // every entity with a page is linked already: nothing here can change
        }
        Runs runs = Runs.THREADS.get();
        plain = runs.plain;
        from = runs.from;
        to = runs.to;
        whole = runs.whole;
        out = null;
        copied = 0;
        int depth = 0;
        int i = 0;
        int n = html.length();
        while (i < n) {
            if (html.charAt(i) == '<') {
                int end = html.indexOf('>', i);
                if (end < 0) {
                    break;
                }
                if (opensLink(html, i, end)) {
                    depth++;
                } else if (closesLink(html, i, end)) {
                    depth = Math.max(0, depth - 1);
                }
                i = end + 1;
            } else {
                int end = html.indexOf('<', i);
                end = end < 0 ? n : end;
                if (depth == 0) {
                    linkText(html, i, end);
                }
                i = end;
            }
        }
        runs.keep(plain, from, to);
        if (out == null) {
            return html;
        }
        String linkedHtml = out.append(whole, copied, n - copied).toString();
        out = null;
        if (whole.length <= Runs.KEEP) {
            runs.whole = whole;
        }
        return linkedHtml;
    }

    /** Each thread's arrays for the runs of text it links (an article's linker made its own: ~0.1 GB a cold build). */
    private static final class Runs {
        static final ThreadLocal<Runs> THREADS = ThreadLocal.withInitial(Runs::new);
        /** Arrays this long or shorter are kept for the thread's next paragraph. */
        private static final int KEEP = 1 << 16;
        char[] plain = new char[1024];
        int[] from = new int[1024];
        int[] to = new int[1024];
        char[] whole = new char[1024];

        void keep(char[] plain, int[] from, int[] to) {
            if (plain.length <= KEEP) {
                this.plain = plain;
                this.from = from;
                this.to = to;
            }
        }
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

    /** Links names in one run of escaped text, {@code html[start, stop)}. */
    private void linkText(String html, int start, int stop) {
        int amp = html.indexOf('&', start);
        if (amp < 0 || amp >= stop) {
            // Nothing is escaped here: the text is its own plain text.
            int n = stop - start;
            html.getChars(start, stop, room(n), 0);
            wrap(html, start, n, false);
            return;
        }
        // The plain text, and for each of its characters where it starts and ends in the escaped text. The runs
        // between references are copied whole: most paragraphs hold a reference (every straight quotation mark is
        // one), and copying them a character at a time was a fifth of linking (JFR, 10,164 articles).
        char[] plain = room(stop - start);
        int p = 0;
        Matcher ref = null;
        int i = start;
        while (i < stop) {
            amp = html.indexOf('&', i);
            int end = amp < 0 || amp >= stop ? stop : amp;
            html.getChars(i, end, plain, p);
            for (int k = i; k < end; k++, p++) {
                from[p] = k;
                to[p] = k + 1;
            }
            if (end == stop) {
                break;
            }
            i = amp;
            String decoded = common(html, i);
            end = i + (decoded == null ? 0 : COMMON_LENGTH.get(decoded));
            if (decoded == null) {
                if (ref == null) {
                    ref = REFERENCE.matcher(html);
                }
                if (ref.region(i, stop).lookingAt()) {
                    decoded = decode(ref.group());
                    end = ref.end();
                }
            }
            if (decoded == null) {
                from[p] = i;
                to[p] = i + 1;
                plain[p++] = '&';
                i++;
                continue;
            }
            for (int k = 0; k < decoded.length(); k++, p++) {
                from[p] = i;
                to[p] = end;
                plain[p] = decoded.charAt(k);
            }
            i = end;
        }
        wrap(html, start, p, true);
    }

    /**
     * The linker's arrays ({@link #plain}, {@link #from}, {@link #to}) with room for a run of {@code n} escaped
     * characters, whose plain text is no longer (a reference stands for one or two characters).
     */
    private char[] room(int n) {
        if (plain.length < n) {
            int size = Math.max(n, 2 * plain.length);
            plain = new char[size];
            from = new int[size];
            to = new int[size];
        }
        return plain;
    }

    /** The lengths of the references {@link #common} reads, by what they stand for. */
    private static final Map<String, Integer> COMMON_LENGTH = Map.of("\"", 6, "&", 5, "<", 4, ">", 4);

    /**
     * What the reference at {@code i} stands for when it is one of those escaping writes ({@code &quot; &amp; &lt;
     * &gt;}), else null. Each is what {@link #REFERENCE} matches there and {@link #decode} gives: the name runs up to
     * its ';', which ends the match.
     */
    private static String common(String text, int i) {
        if (text.startsWith("&quot;", i)) {
            return "\"";
        }
        if (text.startsWith("&amp;", i)) {
            return "&";
        }
        if (text.startsWith("&lt;", i)) {
            return "<";
        }
        if (text.startsWith("&gt;", i)) {
            return ">";
        }
        return null;
    }

    /**
     * Puts an anchor around each name not linked yet in the plain text {@code plain[0, n)} of the run of escaped text
     * from {@code start} in {@code html}, copying the page's text up to it.
     *
     * @param mapped whether {@link #from} and {@link #to} say where each plain character stands in the escaped text;
     *               when not, the two are the same text, {@code start} apart
     */
    private void wrap(String html, int start, int n, boolean mapped) {
        List<NameFinder.Found> found = finder.find(plain, n);
        for (NameFinder.Found f : found) {
            // linked first: the link is made only for an entity not linked yet (it was a string per name found)
            String target = f.entity() == null || linked.contains(f.entity()) ? null : href.apply(f.entity());
            if (target == null) {
                continue;
            }
            int begin = mapped ? from[f.start()] : start + f.start();
            int stop = mapped ? to[f.end() - 1] : start + f.end();
            if (begin < copied) {
                continue;
            }
            linked.add(f.entity());
            if (out == null) {
                out = new StringBuilder(html.length() + 64);
                if (whole.length < html.length()) {
                    whole = new char[Math.max(html.length(), 2 * whole.length)];
                }
                html.getChars(0, html.length(), whole, 0);
            }
            out.append(whole, copied, begin - copied)
                    .append("<a class=\"mention\" href=\"").append(attribute(target)).append("\">")
                    .append(whole, begin, stop - begin).append("</a>");
            copied = stop;
        }
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
