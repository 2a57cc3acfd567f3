package newsgen.extract;

/** One quotation on its way through the speaker sieve: what the rules have decided so far. */
final class Attribution {
    private final QuoteFinder.Span span;
    private Speaker speaker = Speaker.NONE;
    private String cue;
    private SpeakerRule rule;

    Attribution(QuoteFinder.Span span) {
        this.span = span;
    }

    QuoteFinder.Span span() {
        return span;
    }

    Speaker speaker() {
        return speaker;
    }

    String cue() {
        return cue;
    }

    SpeakerRule rule() {
        return rule;
    }

    /** A rule named a speaker or a role: no later rule looks at this quotation again. */
    boolean decided() {
        return speaker.found();
    }

    /** Takes what a rule found: a speaker decides; a cue verb alone is kept if none was found before. */
    void take(SpeakerRule by, SpeakerRule.Found found) {
        if (found.speaker().found()) {
            speaker = found.speaker();
            rule = by;
            if (found.cue() != null) {
                cue = found.cue();
            }
        } else if (cue == null) {
            cue = found.cue();
        }
    }
}
