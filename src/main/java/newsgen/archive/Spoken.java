package newsgen.archive;

/**
 * A quote the speakers pass gathers, with the key of its speaker: its entity's key, "name:" and the key of the name
 * for a named speaker without an entity, or null for none.
 */
record Spoken(QuoteMatcher.Candidate candidate, String speakerKey) {
}
