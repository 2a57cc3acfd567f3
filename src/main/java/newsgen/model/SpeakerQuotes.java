package newsgen.model;

import java.util.List;

/**
 * Every quote of one speaker across the archive.
 *
 * @param speaker the speaker's entity, or null when the speaker has no page (a document, a group of countries)
 * @param name    the speaker's name as the articles give it
 * @param quotes  newest first
 */
public record SpeakerQuotes(EntityRef speaker, String name, List<CitedQuote> quotes) {
    public SpeakerQuotes {
        quotes = List.copyOf(quotes);
    }
}
