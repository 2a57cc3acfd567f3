package newsgen.content;

import java.util.ArrayList;
import java.util.List;

/**
 * The paragraphs of a Markdown body that holds no markup at all: lines of words, paragraphs apart by empty lines.
 * Most news articles are written so (72% of the 10,164 real articles of the benchmark corpus), and for them the
 * paragraphs and their text are found here in one pass instead of by flexmark, whose parsing and text collecting
 * were ~40% of loading's CPU (JFR). A body with anything CommonMark could read as markup goes to flexmark whole:
 * a character that may start inline markup, or a line that may start a block other than a paragraph.
 *
 * <p>Why the text is the same: with no inline markup, flexmark's paragraph is its lines' text with soft or hard
 * line breaks between them, and its text differs from the raw lines only in white space around line breaks, which
 * {@link MarkdownBody#collapseSpaces} makes one space either way. Checked on every article of the benchmark
 * corpus ({@code PlainMarkdownCheck}) and by {@code PlainMarkdownTest}.
 */
final class PlainMarkdown {
    /**
     * A paragraph: its lines {@code [start, end)} of the body, the body's line it starts on (from 0), and whether its
     * text leaves out the square brackets (see {@code bracketed}): true in every paragraph of a body that holds any.
     * {@code colon} is false only when the paragraph holds no colon ({@link ParagraphClassifier#classify} looks for
     * one): true where it holds one, and in every paragraph of a body with brackets or tags, whose colons inside them
     * are not looked for.
     */
    record Block(int start, int end, int line, boolean dropsBrackets, boolean tags, boolean colon) {
    }

    /** The most characters between editorial brackets read here; a longer label goes to flexmark. */
    private static final int MAX_BRACKETED = 200;

    private PlainMarkdown() {
    }

    /** The paragraphs of the body, in order, or null when it holds anything that may be markup. */
    static List<Block> blocks(String body) {
        return blocks(body.toCharArray());
    }

    /**
     * As {@link #blocks(String)}, for the body's characters. Read from an array: in gen's C1-compiled code each
     * String.charAt is a call, most of this scan's time (JFR).
     */
    static List<Block> blocks(char[] t) {
        int n = t.length;
        boolean brackets = false;
        boolean tags = false;
        // The line feeds' and colons' offsets, noted in the same pass: the lines were found by a second pass over the
        // body, and each paragraph's colon by a third (ParagraphClassifier), each ~0.5% of gen extract's CPU (JFR)
        int[] feeds = new int[Math.max(16, n / 128)];
        int lines = 0;
        int[] colons = new int[8];
        int colonCount = 0;
        for (int i = 0; i < n; i++) {
            char c = t[i];
            if (c >= 0x80 || !SCANNED[c]) {
                continue; // most characters: one look-up, where each went through the five tests below (JFR: ~1.4%)
            }
            if (c == '\n') {
                if (lines == feeds.length) {
                    feeds = java.util.Arrays.copyOf(feeds, lines * 2);
                }
                feeds[lines++] = i;
            } else if (c == ':') {
                if (colonCount == colons.length) {
                    colons = java.util.Arrays.copyOf(colons, colonCount * 2);
                }
                colons[colonCount++] = i;
            } else if (c == '[') {
                int close = bracketed(t, i);
                if (close < 0) {
                    return null;
                }
                brackets = true;
                i = close;
            } else if (c == '_') {
                int dot = underscoreLine(t, i);
                if (dot < 0) {
                    return null;
                }
                i = dot;
            } else if (c == '<') {
                int close = tag(t, i);
                if (close < 0) {
                    return null;
                }
                tags = true;
                i = close;
            } else if (inlineMarkup(c) || c == '&' && entity(t, i + 1)) {
                return null;
            }
        }
        List<Block> blocks = new ArrayList<>();
        int blockStart = -1;
        int blockLine = 0;
        int start = 0;
        int colon = 0; // the first colon not before the block being read
        // line by line: each line ends at the next line feed, the last one at the body's end (empty after a final feed)
        for (int line = 0; line <= lines; line++) {
            int end = line < lines ? feeds[line] : n;
            if (start == end) {
                if (blockStart >= 0) {
                    colon = nextColon(colons, colonCount, colon, blockStart);
                    blocks.add(new Block(blockStart, start - 1, blockLine, brackets, tags,
                            brackets || tags || colon < colonCount && colons[colon] < start - 1));
                    blockStart = -1;
                }
            } else if (!paragraphLine(t, start, end)) {
                return null;
            } else if (blockStart < 0) {
                blockStart = start;
                blockLine = line;
            }
            start = end + 1;
        }
        if (blockStart >= 0) {
            colon = nextColon(colons, colonCount, colon, blockStart);
            blocks.add(new Block(blockStart, n, blockLine, brackets, tags, brackets || tags || colon < colonCount));
        }
        return blocks;
    }

    /** The index of the first of the ascending offsets from {@code from} on that is at least {@code at}. */
    private static int nextColon(int[] colons, int count, int from, int at) {
        int k = from;
        while (k < count && colons[k] < at) {
            k++;
        }
        return k;
    }

    /**
     * Characters that may begin inline markup (escapes, code, emphasis, links, images, HTML, autolinks), a carriage
     * return (a line break of its own) and NUL (which CommonMark replaces). Not the ampersand: in news it is most often
     * text ("AT&amp;T", "Q&amp;A": 3% of the benchmark corpus had no other markup), and it starts an entity only when
     * a name or number and a {@code ;} follow it ({@link #entity}). (Brackets stay here: flexmark reads "[sic]" as a
     * reference without a definition, whose text loses its brackets.)
     */
    private static boolean inlineMarkup(char c) {
        return c < 0x80 && MARKUP[c];
    }

    /**
     * The characters {@link #inlineMarkup} names, all ASCII, as a table: asked of every character of every body, the
     * nine comparisons made a method too big for gen's C1 compiler to inline, a call a character (perf).
     */
    private static final boolean[] MARKUP = new boolean[0x80];

    /**
     * The ASCII characters {@link #blocks} looks at again: those of {@link #inlineMarkup}, the ampersand, and the line
     * feed and the colon, whose offsets it notes.
     */
    private static final boolean[] SCANNED = new boolean[0x80];

    static {
        for (char c : new char[] {'\\', '`', '*', '_', '[', ']', '<', '\r', 0}) {
            MARKUP[c] = true;
            SCANNED[c] = true;
        }
        SCANNED['&'] = true;
        SCANNED['\n'] = true;
        SCANNED[':'] = true;
    }

    /**
     * Where the editorial bracket opened at {@code open} closes ("[sic]", "[Spade]", "[…]"), or -1 when the brackets
     * may be anything else to flexmark. flexmark reads such a pair as a reference to a link nobody defined, whose text
     * is the words inside without the brackets (what extraction has always read; the page's HTML keeps them as
     * written). Only the plainest pair is read here: on one line, up to {@link #MAX_BRACKETED} characters with a
     * letter or digit among them, none of white space first or last (flexmark trims it), no markup, no bracket inside; not an image ("![x]"), not followed by what would
     * make it a link, a definition or a full reference ("[x](", "[x]:", "[x][").
     *
     * <p>Why: in 12% of the benchmark corpus's bodies a bracket was the only markup, and flexmark took ~12 times as
     * long over a body as this class does.
     */
    private static int bracketed(char[] t, int open) {
        if (open > 0 && t[open - 1] == '!') {
            return -1;
        }
        boolean word = false;
        for (int i = open + 1; i < t.length && i - open <= MAX_BRACKETED + 1; i++) {
            char c = t[i];
            if (c == ']') {
                char next = i + 1 < t.length ? t[i + 1] : ' ';
                return word && !blank(t[open + 1]) && !blank(t[i - 1]) && next != '(' && next != ':' && next != '[' ? i : -1;
            }
            if (c == '\n' || inlineMarkup(c) || c == '&' && entity(t, i + 1)) {
                return -1;
            }
            word |= Character.isLetterOrDigit(c);
        }
        return -1;
    }

    /** White space of any kind, or a control character. */
    private static boolean blank(char c) {
        return c <= ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * Where the line of underscores and a full stop that starts at {@code from} ends ("___." between the parts of an
     * article), or -1 for any other underscore. flexmark keeps such a line as text: it is no thematic break (the stop),
     * and its underscores, after the line's start, can open emphasis but never close it, while no other underscore in
     * the body could (they all send it to flexmark).
     */
    private static int underscoreLine(char[] t, int from) {
        if (from > 0 && t[from - 1] != '\n') {
            return -1;
        }
        int i = from;
        while (i < t.length && t[i] == '_') {
            i++;
        }
        return i < t.length && t[i] == '.' && (i + 1 == t.length || t[i + 1] == '\n') ? i : -1;
    }

    /** Whether what follows an ampersand may be an entity: an optional {@code #}, letters or digits, then {@code ;}. */
    private static boolean entity(char[] t, int from) {
        int i = from < t.length && t[from] == '#' ? from + 1 : from;
        int start = i;
        while (i < t.length && (t[i] >= 'a' && t[i] <= 'z' || t[i] >= 'A' && t[i] <= 'Z' || t[i] >= '0' && t[i] <= '9')) {
            i++;
        }
        return i > start && i < t.length && t[i] == ';';
    }

    /**
     * Where the HTML tag opened at {@code open} ends (its {@code >}), or -1 when it may be anything else to flexmark.
     * Only the plainest tags are read here, as CommonMark defines them, on one line: {@code <name>}, {@code <name/>},
     * {@code </name>}, and attributes with a value in quotes ({@code <tweet id="1" author="@x">}), none of them
     * holding an angle bracket. flexmark reads each such tag as inline HTML, which its text leaves out, as the
     * paragraph's text here does ({@code MarkdownBody}); the HTML of a page still comes from flexmark.
     *
     * <p>Why: 6.5% of the benchmark corpus's bodies held tags (embedded tweets) and no other markup, and flexmark took
     * ~12 times as long over a body as this class does, and compiling its code was ~2% of {@code gen extract}'s CPU.
     */
    static int tag(char[] t, int open) {
        int n = t.length;
        int i = open + 1;
        boolean closing = i < n && t[i] == '/';
        if (closing) {
            i++;
        }
        int name = i;
        while (i < n && (asciiLetter(t[i]) || i > name && (t[i] >= '0' && t[i] <= '9' || t[i] == '-'))) {
            i++;
        }
        if (i == name) {
            return -1;
        }
        while (!closing && i < n && t[i] == ' ') {
            int spaces = i;
            while (i < n && t[i] == ' ') {
                i++;
            }
            int attribute = i;
            while (i < n && (asciiLetter(t[i]) || t[i] == '_' || t[i] == ':'
                    || i > attribute && (t[i] >= '0' && t[i] <= '9' || t[i] == '.' || t[i] == '-'))) {
                i++;
            }
            if (i == attribute) {
                i = spaces; // spaces before the end of the tag
                break;
            }
            if (i < n && t[i] == '=') {
                char quote = i + 1 < n ? t[i + 1] : 0;
                if (quote != '"' && quote != '\'') {
                    return -1;
                }
                i += 2;
                while (i < n && t[i] != quote) {
                    if (t[i] == '\n' || t[i] == '<' || t[i] == '>') {
                        return -1;
                    }
                    i++;
                }
                if (i == n) {
                    return -1;
                }
                i++;
            }
        }
        while (i < n && t[i] == ' ') {
            i++;
        }
        if (!closing && i < n && t[i] == '/') {
            i++;
        }
        return i < n && t[i] == '>' ? i : -1;
    }

    private static boolean asciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /**
     * Whether a line that opens with a tag ({@link #tag}, already read) is a paragraph's line: not the start of an
     * HTML block, which CommonMark begins with a tag of its lists ({@link #BLOCK_TAGS}) or a tag alone on its line
     * (white space after it: "{@code <b>\u00a0}" too, to flexmark).
     */
    private static boolean inlineTagLine(char[] t, int start, int end) {
        int close = tag(t, start);
        int name = t[start + 1] == '/' ? start + 2 : start + 1;
        int nameEnd = name;
        while (nameEnd < close && t[nameEnd] != ' ' && t[nameEnd] != '/' && t[nameEnd] != '>') {
            nameEnd++;
        }
        if (BLOCK_TAGS.contains(new String(t, name, nameEnd - name).toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        // a word or an ASCII mark after the tag: what flexmark counts as white space is left to it
        for (int k = close + 1; k < end; k++) {
            char c = t[k];
            if (c > ' ' && c < 0x7f || Character.isLetterOrDigit(c)) {
                return true;
            }
        }
        return false;
    }

    /** The tags that start an HTML block even inside a paragraph, or whatever follows them (CommonMark's kinds 1 and 6). */
    private static final java.util.Set<String> BLOCK_TAGS = java.util.Set.of("script", "pre", "style", "textarea",
            "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center", "col",
            "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
            "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "iframe",
            "legend", "li", "link", "main", "menu", "menuitem", "nav", "noframes", "ol", "optgroup", "option", "p",
            "param", "section", "source", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr",
            "track", "ul");

    /**
     * Whether a non-empty line can only be a paragraph's: it starts with no white space (indented code, a blank line
     * of spaces, a list item's continuation), no character that may open a block (heading, quote, list, code fence,
     * thematic break, setext underline, HTML) and nothing like an ordered list's marker (up to nine digits, "." or
     * ")", then the line's end or anything but a letter or digit: "1. ", "2016)"; "3.5 million" is no marker).
     */
    private static boolean paragraphLine(char[] t, int start, int end) {
        char c = t[start];
        if (c == '_' && underscoreLine(t, start) >= 0) {
            return true;
        }
        if (c == '<') {
            return inlineTagLine(t, start, end);
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c) || "#>-+*=_`~<|".indexOf(c) >= 0) {
            return false;
        }
        int i = start;
        while (i < end && t[i] >= '0' && t[i] <= '9') {
            i++;
        }
        boolean marker = i > start && i - start <= 9 && i < end && (t[i] == '.' || t[i] == ')')
                && (i + 1 == end || !Character.isLetterOrDigit(t[i + 1]));
        return !marker;
    }
}
