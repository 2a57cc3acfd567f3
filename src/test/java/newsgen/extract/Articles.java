package newsgen.extract;

import newsgen.model.Article;
import newsgen.model.Paragraph;
import newsgen.model.ParagraphKind;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Builds articles for tests from plain text, typing paragraphs as the loader does for plain-text articles. */
final class Articles {
    /** Blank lines between paragraphs. */
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");

    private Articles() {
    }

    static final LocalDate PUB = LocalDate.of(2023, 9, 16);

    /** One body paragraph per argument, published {@link #PUB}. */
    static Article body(String... paragraphs) {
        List<Paragraph> ps = new ArrayList<>();
        for (String p : paragraphs) {
            ps.add(new Paragraph(ps.size() + 1, ParagraphKind.BODY, p, p, ps.size() + 1));
        }
        return new Article(Path.of("test.txt"), "test", "Test", null, null, PUB, ps);
    }

    static Article withDate(LocalDate date, String... paragraphs) {
        Article a = body(paragraphs);
        return new Article(a.file(), a.slug(), a.title(), a.outlet(), a.url(), date, a.paragraphs());
    }

    /** A plain-text article: captions end in "Photo: …", short lines without closing punctuation are subheads, a short last line is the credit. */
    static Article plain(String file, String text, LocalDate date) {
        String[] blocks = BLANK_LINES.split(text.strip());
        List<Paragraph> ps = new ArrayList<>();
        for (int i = 0; i < blocks.length; i++) {
            String b = blocks[i].strip();
            boolean unpunctuated = b.length() < 80 && !b.matches("(?s).*[.!?:\"”’)]$");
            ParagraphKind kind = b.contains("Photo:") ? ParagraphKind.CAPTION
                    : i == blocks.length - 1 && unpunctuated ? ParagraphKind.CREDIT
                    : i == 0 && unpunctuated ? ParagraphKind.HEADLINE
                    : unpunctuated ? ParagraphKind.SUBHEAD : ParagraphKind.BODY;
            ps.add(new Paragraph(i + 1, kind, b, b, i + 1));
        }
        return new Article(Path.of(file), file.replaceAll("\\.txt$", ""), "t", null, null, date, ps);
    }
}
