package newsgen.extract;

/**
 * Who a subject phrase names: an actor's id and name (a person, an organisation, a document, a group of
 * countries), or only a role ("the judge", "a company spokesman"), or nobody.
 */
record Speaker(String id, String name, String role) {
    static final Speaker NONE = new Speaker(null, null, null);

    /** Names someone or at least a role: a rule that finds this has decided the quote. */
    boolean found() {
        return id != null || role != null;
    }

    /** Names an actor. */
    boolean named() {
        return id != null;
    }
}
