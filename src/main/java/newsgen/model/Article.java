package newsgen.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * An article as loaded from its file: front matter and typed paragraphs.
 *
 * @param file       the source path as given (relative when the user gave a relative folder)
 * @param slug       file-name-safe identifier, {@code [a-z0-9-]+}
 * @param title      never empty: front matter, else headline, else first sentence
 * @param outlet     publishing outlet, or null when the article names none
 * @param url        original http(s) address, or null
 * @param date       publication date, or null when unknown
 * @param paragraphs the body in order
 */
public record Article(Path file, String slug, String title, String outlet, String url, LocalDate date,
                      List<Paragraph> paragraphs) {
    public Article {
        // A body the cache gives back is decoded when first read (LazyList is read-only already).
        paragraphs = paragraphs instanceof LazyList<Paragraph> ? paragraphs : List.copyOf(paragraphs);
    }
}
