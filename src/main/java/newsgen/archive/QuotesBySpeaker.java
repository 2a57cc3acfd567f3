package newsgen.archive;

import newsgen.model.CitedQuote;
import newsgen.model.EntityRef;
import newsgen.model.SpeakerQuotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The archive's quotes by speaker: an entity's on its page (and in its draft), a named speaker without one by name,
 * the rest apart; the speakers with most quotes first. Gathered by the speakers pass of {@link ArchiveBuilder} from
 * each article's quotes as {@link SpokenQuotes} matched them.
 */
record QuotesBySpeaker(List<SpeakerQuotes> speakers, List<CitedQuote> unattributed) {
    /** The quotes of the articles in {@code slots}, each entity's also added to its draft in {@code drafts}. */
    static QuotesBySpeaker of(List<Linked> slots, Map<EntityRef, EntityDraft> drafts) {
        Map<String, List<CitedQuote>> bySpeaker = new LinkedHashMap<>();
        Map<String, SpeakerQuotes> speakerOf = new HashMap<>();
        List<CitedQuote> none = new ArrayList<>();
        for (Linked s : slots) {
            for (Spoken spoken : s.spoken) {
                QuoteMatcher.Candidate c = spoken.candidate();
                EntityRef speaker = c.speaker();
                String speakerKey = spoken.speakerKey();
                if (speaker != null) {
                    drafts.get(speaker).quotes.add(c.quote());
                    speakerOf.putIfAbsent(speakerKey, new SpeakerQuotes(speaker, speaker.name(), List.of()));
                } else if (speakerKey != null) {
                    speakerOf.putIfAbsent(speakerKey, new SpeakerQuotes(null, c.quote().quote().speakerName(), List.of()));
                } else {
                    none.add(c.quote());
                    continue;
                }
                bySpeaker.computeIfAbsent(speakerKey, k -> new ArrayList<>()).add(c.quote());
            }
        }
        List<SpeakerQuotes> out = new ArrayList<>();
        bySpeaker.forEach((k, list) -> out.add(new SpeakerQuotes(speakerOf.get(k).speaker(), speakerOf.get(k).name(), list)));
        out.sort(Comparator.comparingInt((SpeakerQuotes q) -> -q.quotes().size())
                .thenComparing(SpeakerQuotes::name).thenComparing(q -> q.speaker() == null ? "" : q.speaker().id()));
        return new QuotesBySpeaker(out, none);
    }
}
