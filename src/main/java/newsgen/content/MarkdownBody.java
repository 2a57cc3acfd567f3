package newsgen.content;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.BlankLine;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import newsgen.model.Paragraph;
import newsgen.model.ParagraphKind;
import newsgen.model.Problem;
import newsgen.model.ProblemException;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Paragraphs of a Markdown article. Plain paragraphs are typed by the same rules as plain text (so a caption or a
 * credit written without markup is still recognised); headings are subheads; other blocks are kept as rendered HTML.
 */
final class MarkdownBody {
    /** The single element a paragraph or heading renders to, whose inner HTML we keep. */
    private static final Pattern WRAPPER = Pattern.compile("(?s)^<(p|h[1-6])(?:\\s[^>]*)?>(.*)</\\1>\\s*$");

    /** What a line break inside a paragraph becomes. */
    private static final String SOFT_BREAK = " ";

    private final Parser parser;
    private final HtmlRenderer renderer;
    /** Whether paragraphs get their HTML; without it (extraction only) they get null. */
    private final boolean html;
    /** Whether a body without markup is read without flexmark ({@link PlainMarkdown}); off only to test against flexmark. */
    private final boolean shortCut;

    /**
     * @param allowHtml whether raw HTML in the Markdown reaches the page as HTML (otherwise it is shown escaped)
     * @param html      whether to render each paragraph's HTML at all
     */
    MarkdownBody(boolean allowHtml, boolean html) {
        this(allowHtml, html, true);
    }

    /** As above; without the short cut every body goes through flexmark (what the short cut is tested against). */
    MarkdownBody(boolean allowHtml, boolean html, boolean shortCut) {
        this.html = html;
        this.shortCut = shortCut;
        MutableDataSet options = new MutableDataSet();
        options.set(HtmlRenderer.ESCAPE_HTML, !allowHtml);
        options.set(HtmlRenderer.SOFT_BREAK, SOFT_BREAK);
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).attributeProviderFactory(SafeLinks.factory()).build();
    }

    List<Paragraph> parse(String body, int firstLine) {
        char[] chars = shortCut ? body.toCharArray() : null;
        return parse(body, chars, firstLine, shortCut ? PlainMarkdown.blocks(chars) : null);
    }

    /**
     * As {@link #parse(String, int)}, a body that goes to flexmark checked against {@link MarkupLimits} first. Not one
     * without markup ({@link PlainMarkdown}): its lines open no quote or list and it holds no emphasis, bracket or
     * angle bracket, so no limit can be reached, and the check was ~9% of loading's CPU (JFR). One with editorial
     * brackets is checked: a paragraph of more than {@link MarkupLimits#MAX_BRACKETS} is refused, as it was when
     * flexmark read it.
     *
     * @throws ProblemException naming the file and line of the markup past a limit
     */
    List<Paragraph> parse(String file, String body, int firstLine) {
        return parse(file, body, body.toCharArray(), firstLine);
    }

    /**
     * As {@link #parse(String, String, int)}, given the body's characters, and its string or null: a body without
     * markup is read from the characters alone, and the string is made only for one that flexmark reads or
     * {@link MarkupLimits} checks.
     */
    List<Paragraph> parse(String file, String body, char[] chars, int firstLine) {
        List<PlainMarkdown.Block> plain = shortCut ? PlainMarkdown.blocks(chars) : null;
        if (plain == null || !plain.isEmpty() && (plain.get(0).dropsBrackets() || plain.get(0).tags())) {
            if (body == null) {
                body = new String(chars);
            }
            Problem tooMuch = MarkupLimits.check(file, body, chars, firstLine);
            if (tooMuch != null) {
                throw new ProblemException(tooMuch);
            }
        }
        return parse(body, chars, firstLine, plain);
    }

    private List<Paragraph> parse(String body, char[] chars, int firstLine, List<PlainMarkdown.Block> plain) {
        // A body with tags gets its HTML from flexmark, which keeps them as they are or escapes them
        if (plain != null && (!html || plainLines(chars) && (plain.isEmpty() || !plain.get(0).tags()))) {
            return paragraphs(chars, firstLine, plain, html);
        }
        if (body == null) {
            body = new String(chars);
        }
        Document document = parser.parse(body);
        List<Node> blocks = new ArrayList<>();
        for (Node node : document.getChildren()) {
            if (!(node instanceof BlankLine) && !(node instanceof ThematicBreak) && !(node instanceof Reference)) {
                blocks.add(node);
            }
        }
        List<Paragraph> paragraphs = new ArrayList<>(blocks.size());
        // Line numbers counted on as the blocks come, in document order: flexmark's getStartLineNumber counts the
        // line breaks from the document's start for every block, which made line numbers ~30% of the parse (JFR).
        int lines = 0;
        int counted = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Node node = blocks.get(i);
            String text = collapseSpaces(new TextCollectingVisitor().collectAndGetText(node)).strip();
            for (int start = node.getStartOffset(); counted < start; counted++) {
                char c = body.charAt(counted);
                if (c == '\n' || c == '\r' && (counted + 1 == body.length() || body.charAt(counted + 1) != '\n')) {
                    lines++;
                }
            }
            int line = firstLine + lines;
            ParagraphKind kind;
            if (node instanceof Heading) {
                kind = ParagraphKind.SUBHEAD;
            } else if (node instanceof com.vladsch.flexmark.ast.Paragraph) {
                kind = ParagraphClassifier.classify(text, i == 0, i == blocks.size() - 1 && i > 0);
            } else {
                kind = ParagraphKind.BLOCK;
            }
            paragraphs.add(new Paragraph(i + 1, kind, text, html ? html(document, node, kind, text) : null, line));
        }
        return paragraphs;
    }

    /**
     * The paragraphs of a body without markup ({@link PlainMarkdown}), typed and cleaned as flexmark's are below, and
     * when asked with the HTML flexmark renders for them: the lines' words escaped, one space for each line break.
     */
    private static List<Paragraph> paragraphs(char[] chars, int firstLine, List<PlainMarkdown.Block> blocks,
                                              boolean html) {
        List<Paragraph> paragraphs = new ArrayList<>(blocks.size());
        char[] scratch = null;
        int[] spaces = new int[1];
        for (int i = 0; i < blocks.size(); i++) {
            PlainMarkdown.Block b = blocks.get(i);
            if (scratch == null || scratch.length < b.end() - b.start()) {
                scratch = new char[Math.max(b.end() - b.start(), 256)];
            }
            int length;
            if (b.dropsBrackets() || b.tags()) {
                char[] words = withoutMarkup(chars, b.start(), b.end());
                length = collapseSpaces(words, 0, words.length, scratch, spaces);
            } else {
                length = collapseSpaces(chars, b.start(), b.end(), scratch, spaces);
            }
            // stripped in the array (as String.strip strips), so the paragraph's words are counted without reading it
            // again: each space left in a collapsed text stands between two words
            int from = 0;
            while (from < length && Character.isWhitespace(scratch[from])) {
                from++;
            }
            int to = length;
            while (to > from && Character.isWhitespace(scratch[to - 1])) {
                to--;
            }
            int inside = spaces[0] - count(scratch, 0, from, ' ') - count(scratch, to, length, ' ');
            String text = new String(scratch, from, to - from);
            ParagraphKind kind = ParagraphClassifier.classify(text, i == 0, i == blocks.size() - 1 && i > 0, b.colon(),
                    text.isEmpty() ? 0 : inside + 1);
            String blockHtml = null;
            if (html) {
                blockHtml = kind != ParagraphKind.BLOCK && !b.dropsBrackets() && readsAsText(chars, b.start(), b.end())
                        ? text : plainHtml(chars, b.start(), b.end(), kind);
            }
            paragraphs.add(new Paragraph(i + 1, kind, text, blockHtml, firstLine + b.line()));
        }
        return paragraphs;
    }

    /**
     * Whether the HTML of a body without markup may be made without flexmark: no line ends in a space (two make a
     * hard break, and flexmark's text keeps or drops one depending on what follows) and no control character but the
     * line breaks (tabs, form feeds: {@link #plain} leaves these to flexmark too). Most news bodies pass; the
     * paragraphs' HTML was flexmark's parse and render of every body of a build (~8% of its CPU, JFR).
     */
    static boolean plainLines(String body) {
        return plainLines(body.toCharArray());
    }

    static boolean plainLines(char[] body) {
        int n = body.length;
        for (int i = 0; i < n; i++) {
            char c = body[i];
            if (c == '\n') {
                if (i > 0 && body[i - 1] == ' ') {
                    return false;
                }
            } else if (c < ' ') {
                return false;
            }
        }
        return n == 0 || body[n - 1] != ' ';
    }

    /**
     * Whether a plain block's HTML ({@link #plainHtml}, not wrapped in p) is its text: nothing in it to escape, and no
     * run of two spaces or line breaks, which the text makes one space and the HTML keeps; a single line break is a
     * space in both, and both are stripped alike. So for ~94% of the paragraphs of real articles: their HTML was built
     * character by character only to be found equal to the text ({@link Paragraph} keeps one string for both).
     */
    static boolean readsAsText(char[] chars, int from, int to) {
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c > '>') {
                space = false;
                continue;
            }
            if (c == '&' || c == '<' || c == '>' || c == '"') {
                return false;
            }
            boolean isSpace = isSpace(c);
            if (isSpace && space) {
                return false;
            }
            space = isSpace;
        }
        return true;
    }

    /**
     * A plain paragraph's HTML as {@link #html} keeps flexmark's: inner HTML of its p, line breaks a space; the
     * block is {@code body[from, to)}, {@code chars} the body's characters. Read from the array and copied in runs
     * between the characters it replaces: a character at a time, each {@code charAt} and {@code append} a call of
     * its own under gen's C1 compiler, this was ~1% of a build's CPU (JFR, 10,164 articles).
     */
    private static String plainHtml(char[] chars, int from, int to, ParagraphKind kind) {
        StringBuilder out = new StringBuilder(to - from + 16);
        if (kind == ParagraphKind.BLOCK) {
            out.append("<p>");
        }
        int run = from;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c > '>') {
                continue;
            }
            String replaced = c == '\n' ? SOFT_BREAK : escaped(c);
            if (replaced != null) {
                out.append(chars, run, i - run).append(replaced);
                run = i + 1;
            }
        }
        out.append(chars, run, to - run);
        if (kind == ParagraphKind.BLOCK) {
            out.append("</p>\n");
        }
        return out.toString().strip();
    }

    /** The block's HTML: the inner HTML of a paragraph or heading, or the whole of any other block. */
    private String html(Document document, Node node, ParagraphKind kind, String text) {
        String html = plain(node);
        if (html == null) {
            html = render(document, node);
        }
        if (kind != ParagraphKind.BLOCK) {
            var inner = WRAPPER.matcher(html);
            html = inner.matches() ? inner.group(2).strip() : Html.escape(text);
        }
        return html.strip();
    }

    /**
     * The HTML of a paragraph of plain words (only text and line breaks, no backslash escape or entity: most of a
     * news article), made here as flexmark's renderer makes it: its words escaped by flexmark's own escaping, each
     * soft break the configured space, wrapped in p. Null for any other block, which flexmark renders. Why: a
     * render call sets up flexmark's whole renderer (every node renderer, a fresh writer); once per paragraph that
     * was ~40% of flexmark's time and ~7% of a build's CPU (JFR, 10,164 real articles). Equality with flexmark's
     * output is tested ({@code MarkdownBodyTest}) and was checked on every paragraph of the benchmark corpus.
     */
    static String plain(Node block) {
        if (!(block instanceof com.vladsch.flexmark.ast.Paragraph) || !block.hasChildren()) {
            return null;
        }
        // The paragraph's characters as one string, each text node a slice of it: a based sequence's charAt, and
        // flexmark's escaping by a pattern, were most of this method's time (JFR).
        String chars = block.getChars().toString();
        int base = block.getStartOffset();
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (c == '\\' || c == '&' || c == '\t' || c == '\r') {
                return null;
            }
        }
        StringBuilder html = new StringBuilder(chars.length() + 16).append("<p>");
        for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text) {
                escapeHtml(chars, child.getStartOffset() - base, child.getEndOffset() - base, html);
            } else if (child instanceof SoftLineBreak) {
                html.append(SOFT_BREAK);
            } else {
                return null;
            }
        }
        return html.append("</p>\n").toString();
    }

    /** Escapes text[start, end) as flexmark's {@code Escaping.escapeHtml(text, false)} does: &, <, > and ". */
    static void escapeHtml(String text, int start, int end, StringBuilder out) {
        int run = start;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            String replaced = c > '>' ? null : escaped(c);
            if (replaced != null) {
                out.append(text, run, i).append(replaced);
                run = i + 1;
            }
        }
        out.append(text, run, end);
    }

    /** What flexmark's escaping writes for a character, or null when it is written as it is. */
    private static String escaped(char c) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            default -> null;
        };
    }

    /** Each run of spaces, tabs and line breaks (the pattern {@code \\s+}) as one space. */
    static String collapseSpaces(String text) {
        // Compacted in place in an array: in gen's C1-compiled code each String.charAt, and each StringBuilder.append,
        // is a call of its own, most of this method's time (JFR).
        char[] t = text.toCharArray();
        int n = t.length;
        int w = 0;
        boolean changed = false;
        for (int i = 0; i < n; i++) {
            char c = t[i];
            if (isSpace(c) && (c != ' ' || i + 1 < n && isSpace(t[i + 1]))) {
                changed = true;
                t[w++] = ' ';
                while (i + 1 < n && isSpace(t[i + 1])) {
                    i++;
                }
            } else {
                t[w++] = c;
            }
        }
        return changed ? new String(t, 0, w) : text;
    }

    /**
     * As {@link #collapseSpaces(String)} for {@code t[from, to)}, compacted into {@code out} (at least as long): the
     * paragraph's characters are copied once, from the body's, not cut out as a string and copied again. Returns the
     * length of the text left in {@code out}, and puts the number of its spaces in {@code spaces[0]}. A character
     * above the space, most of them, is copied after one comparison (the test for white space took three).
     */
    static int collapseSpaces(char[] t, int from, int to, char[] out, int[] spaces) {
        int w = 0;
        int count = 0;
        for (int i = from; i < to; i++) {
            char c = t[i];
            if (c > ' ') {
                out[w++] = c;
            } else if (isSpace(c) && (c != ' ' || i + 1 < to && isSpace(t[i + 1]))) {
                out[w++] = ' ';
                count++;
                while (i + 1 < to && isSpace(t[i + 1])) {
                    i++;
                }
            } else {
                out[w++] = c;
                if (c == ' ') {
                    count++;
                }
            }
        }
        spaces[0] = count;
        return w;
    }

    /** How many times {@code c} is in {@code t[from, to)}. */
    private static int count(char[] t, int from, int to, char c) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (t[i] == c) {
                n++;
            }
        }
        return n;
    }

    /**
     * {@code t[from, to)} without its square brackets and its tags: the text flexmark collects from a paragraph whose
     * brackets are all editorial ones, read as references to links nobody defined, and whose tags are the plain ones
     * {@link PlainMarkdown#tag} reads (no angle bracket inside), inline HTML, which its text leaves out.
     */
    private static char[] withoutMarkup(char[] t, int from, int to) {
        char[] out = new char[to - from];
        int w = 0;
        for (int i = from; i < to; i++) {
            if (t[i] == '<') {
                // PlainMarkdown.blocks let through only tags closed on their line, so the '>' is inside the block;
                // bounded all the same, so that a body read otherwise cannot run this past it
                while (i + 1 < to && t[i] != '>') {
                    i++;
                }
            } else if (t[i] != '[' && t[i] != ']') {
                out[w++] = t[i];
            }
        }
        return java.util.Arrays.copyOf(out, w);
    }

    /**
     * The characters of the pattern {@code \\s}: the space, and tab, line feed, vertical tab, form feed and carriage
     * return, which are U+0009 to U+000D. Written as a range so that the method is small enough for gen's C1 compiler
     * to inline: asked of every character of every body, its calls were ~1% of {@code gen extract}'s CPU (perf).
     */
    static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /**
     * One block as HTML. flexmark renders a node outside its document without its links, so the block is moved
     * into a document of its own that shares the original's data (reference definitions among it).
     */
    String render(Document document, Node block) {
        Document single = new Document(document, document.getChars());
        block.unlink();
        single.appendChild(block);
        return renderer.render(single);
    }
}
