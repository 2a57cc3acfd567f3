package newsgen.model;

/**
 * A span between quotation marks.
 *
 * @param speaker     id of the actor (or document, or group) that said it, or null when the text does not say
 * @param speakerName that speaker's name, or null
 * @param speakerRole the role of a speaker named only by role ("the judge"), or null
 * @param cue         the verb that attributes it ("said", "added"), or null
 * @param partial     true when the quote is a fragment inside a sentence of the writer's own
 * @param paragraph   index of the paragraph it starts in
 * @param rule        the name of the attribution rule that chose the speaker ("cue-verb-then-subject"), or null
 */
public record Quote(String text, String speaker, String speakerName, String speakerRole, String cue,
                    boolean partial, int paragraph, String rule) {
    /** A quote no rule attributed (or whose rule is not known, as in hand-made records). */
    public Quote(String text, String speaker, String speakerName, String speakerRole, String cue, boolean partial,
                 int paragraph) {
        this(text, speaker, speakerName, speakerRole, cue, partial, paragraph, null);
    }
}
