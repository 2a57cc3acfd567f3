package newsgen.content;

import newsgen.model.Article;
import newsgen.model.Paragraph;
import newsgen.model.ParagraphKind;
import newsgen.model.Problem;
import newsgen.model.ProblemException;
import newsgen.model.Slug;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reads one article file (Markdown with optional YAML front matter, or plain text) into an {@link Article}. */
public final class ArticleLoader {
    /** The end of a first sentence, for a title of last resort. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[a-z0-9)\"”’])[.!?](?=\\s|$)");
    /** Addresses we link to: nothing but the web. */
    private static final Pattern WEB_URL = Pattern.compile("(?i)https?://[^\\s<>\"']+");
    private static final int TITLE_MAX = 140;

    private final MarkdownBody markdown;

    /** @param allowHtml whether raw HTML inside Markdown is passed through (otherwise it is escaped) */
    public ArticleLoader(boolean allowHtml) {
        this.markdown = new MarkdownBody(allowHtml, true);
    }

    /**
     * A loader for extraction alone ({@code gen extract}): its paragraphs have no HTML ({@link Paragraph#html()} is
     * null), since only pages show it. Why: rendering it was ~9% of {@code gen extract}'s CPU (JFR, 10,164 real
     * articles), and the strings it made stayed alive to the end, for the garbage collector to copy.
     */
    public static ArticleLoader textOnly() {
        return new ArticleLoader(new MarkdownBody(false, false));
    }

    private ArticleLoader(MarkdownBody markdown) {
        this.markdown = markdown;
    }

    public ArticleLoader() {
        this(false);
    }

    /** Whether a path names an article file this loader reads. */
    public static boolean isArticle(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".txt"));
    }

    /** An article and what is doubtful about it: warnings never stop a build. */
    public record Read(Article article, List<Problem> warnings) {
    }

    /**
     * @throws ProblemException naming the file and line when the file cannot be read as an article
     */
    public Article load(Path file) {
        return read(file).article();
    }

    /**
     * Loads the article and notes what it lacks (a date, a title of its own).
     *
     * @throws ProblemException naming the file and line when the file cannot be read as an article
     */
    public Read read(Path file) {
        String name = file.toString().replace('\\', '/');
        byte[] bytes = readBytes(name, file);
        int marks = marks(bytes);
        String text = decode(name, bytes, marks);
        // only a character from U+00C2 to U+00F4 (UTF-8 C3 82 to C3 B4), or "A" with a combining mark, starts a repair
        Mojibake.Repair repair = (marks & C3) != 0 ? Mojibake.repair(text) : Mojibake.Repair.none(text);
        text = repair.text();
        FrontMatter front = FrontMatter.parse(name, text);
        boolean plain = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt") && front.fields().isEmpty();
        List<Paragraph> paragraphs = plain
                ? PlainTextBody.parse(front.body(), front.bodyStart())
                : markdown.parse(name, null, front.bodyChars(), front.bodyStart()); // decode left only line feeds
        if (paragraphs.isEmpty()) {
            throw new ProblemException(new Problem(name, front.bodyStart(), "the article is empty: no text after the front matter"));
        }
        String title = front.text("title");
        String outlet = front.text("outlet");
        String url = url(front);
        LocalDate date = front.date("date");
        if (date == null) {
            date = fileNameDate(file); // "2016-09-08-slug.md", as Jekyll reads it
        }
        String slug = slug(front, file);
        List<Problem> warnings = new ArrayList<>(2);
        if (repair.repaired() > 0) {
            warnings.add(new Problem(name, repair.line(), "repaired " + repair.repaired() + " double-encoded character"
                    + (repair.repaired() == 1 ? "" : "s") + " (UTF-8 read as Latin-1 before it was saved), e.g. "
                    + repair.example()));
        }
        if (date == null) {
            warnings.add(new Problem(name, 0,
                    "no 'date' in the front matter: the article has no place on the timeline"));
        }
        if (title == null) {
            title = fallbackTitle(paragraphs, file);
            // a plain-text file's opening lines are its title by convention: no warning for that on every file
            boolean opening = plain && paragraphs.get(0).kind() == ParagraphKind.BODY
                    && paragraphs.get(0).text().strip().startsWith(title.replace("…", ""));
            if (!opening && paragraphs.stream().noneMatch(p -> p.kind() == ParagraphKind.HEADLINE)) {
                warnings.add(new Problem(name, 0,
                        "no 'title' in the front matter and no headline line: using '" + title + "'"));
            }
        }
        if (outlet == null) {
            outlet = paragraphs.stream().filter(p -> p.kind() == ParagraphKind.CREDIT)
                    .map(p -> ParagraphClassifier.creditOutlet(p.text())).filter(o -> o != null).findFirst().orElse(null);
        }
        return new Read(new Article(file, slug, title, outlet, url, date, paragraphs), List.copyOf(warnings));
    }

    /** A date written YYYY-MM-DD in a file name ("nyt_2016-09-08_slug.txt", "2016-09-08-slug.md"). */
    private static final Pattern FILE_DATE = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");

    /** The first valid YYYY-MM-DD in the file's name, or null. */
    static LocalDate fileNameDate(Path file) {
        var m = FILE_DATE.matcher(file.getFileName().toString());
        while (m.find()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (java.time.DateTimeException notADate) {
                // "2016-13-45" is no date: look further along the name
            }
        }
        return null;
    }

    private static byte[] readBytes(String name, Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ProblemException(new Problem(name, 0, "cannot be read: " + e.getMessage()));
        }
    }

    /**
     * Strict UTF-8: a file in another encoding is named, with the line of its first bad byte, rather than garbled.
     * The JDK's own decoding, which replaces each malformed sequence with U+FFFD, reads the file first: only a text that
     * then holds a U+FFFD is read again by the strict decoder, which tells a malformed file from one that wrote U+FFFD
     * itself. Why: the strict decoder's characters were copied once more into the string, and its loop and the copy
     * were ~1.6% of {@code gen extract}'s CPU (JFR), twice what the JDK's decoding costs.
     */
    private static String decode(String name, byte[] bytes, int marks) {
        // Bytes of ASCII alone (no HIGH mark) read the same as UTF-8 and as ISO-8859-1, and the JDK copies ISO-8859-1
        // into the string as it is, where its UTF-8 decoding first scans every byte again for one of 0x80 and above
        // (a loop under gen's C1 compiler; 39% of the benchmark corpus's files are ASCII)
        String text = new String(bytes, (marks & HIGH) != 0 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        // U+FFFD is written EF BF BD, or made by the decoder of a malformed byte (always one of 0x80 and above)
        if ((marks & HIGH) != 0 && text.indexOf('\uFFFD') >= 0) {
            text = strict(name, bytes);
        }
        if ((marks & EF) != 0 && text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return (marks & CR) != 0 ? text.replace("\r\n", "\n").replace('\r', '\n') : text;
    }

    /** {@link #marks}: a byte 0xEF (which starts the byte-order mark in UTF-8). */
    private static final int EF = 1;
    /** {@link #marks}: any byte from 0x80 up. */
    private static final int HIGH = 8;
    /**
     * {@link #marks}: a byte 0xC3 (which starts U+00C0 to U+00FF in UTF-8) or 0xCC (which starts the combining marks
     * U+0300 to U+033F, as in "Ã" normalised to "A" and a combining tilde).
     */
    private static final int C3 = 2;
    /** {@link #marks}: a carriage return. */
    private static final int CR = 4;

    /**
     * Which of the bytes that make the text worth a scan the file holds, as bits: most hold none of them, and one pass
     * over the bytes is cheaper than a scan of the text for each (for U+FFFD, the carriage returns and double-encoded
     * characters, ~1.5% of {@code gen extract}'s CPU, JFR). A text of ASCII alone needs none of them.
     */
    private static int marks(byte[] bytes) {
        int marks = 0;
        for (byte b : bytes) {
            if (b < 0) {
                marks |= HIGH | (b == (byte) 0xEF ? EF : b == (byte) 0xC3 || b == (byte) 0xCC ? C3 : 0);
            } else if (b == '\r') {
                marks |= CR;
            }
        }
        return marks;
    }

    /** The bytes as UTF-8, or the problem that names the line of the first malformed one. */
    private static String strict(String name, byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return decoder.decode(in).toString();
        } catch (CharacterCodingException e) {
            int bad = in.position();
            int line = 1;
            for (int i = 0; i < bad && i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new ProblemException(new Problem(name, line, "not valid UTF-8 text (bad byte at offset " + bad + "); save the file as UTF-8"));
        }
    }

    private static String url(FrontMatter front) {
        String url = front.text("url");
        if (url != null && !WEB_URL.matcher(url).matches()) {
            throw front.problem("url", "'url' must be an http:// or https:// address, not '" + url + "'");
        }
        return url;
    }

    private static String slug(FrontMatter front, Path file) {
        String given = front.text("slug");
        if (given != null) {
            if (!Slug.isValid(given)) {
                throw front.problem("slug", "'slug' may hold only a-z, 0-9 and single hyphens: '" + given + "'");
            }
            return given;
        }
        String stem = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        String slug = Slug.of(stem);
        return slug.isEmpty() ? "article" : slug;
    }

    /** The headline line, else a caption serving as headline, else the first sentence, else the file name. */
    private static String fallbackTitle(List<Paragraph> paragraphs, Path file) {
        for (Paragraph p : paragraphs) {
            if (p.kind() == ParagraphKind.HEADLINE) {
                // "… Reporter’s Question.": a headline written with a full stop is shown without it
                String head = p.text().strip();
                return clip(head.endsWith(".") && !head.endsWith("..") ? head.substring(0, head.length() - 1) : head);
            }
        }
        Paragraph first = paragraphs.get(0);
        if (first.kind() == ParagraphKind.CAPTION) {
            String head = ParagraphClassifier.captionHeadline(first.text());
            if (!head.isBlank()) {
                return clip(head);
            }
        }
        for (Paragraph p : paragraphs) {
            if (p.kind() == ParagraphKind.BODY && !p.text().isBlank()) {
                var end = SENTENCE_END.matcher(p.text());
                return clip(end.find() ? p.text().substring(0, end.start()) : p.text());
            }
        }
        return file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
    }

    private static String clip(String text) {
        String t = text.strip();
        if (t.length() <= TITLE_MAX) {
            return t;
        }
        int cut = t.lastIndexOf(' ', TITLE_MAX);
        return t.substring(0, cut > 40 ? cut : TITLE_MAX) + "…";
    }
}
