package newsgen.extract;

/**
 * Who a subject phrase names: an actor's id and name (a person, an organisation, a document, a group of
 * countries), or only a role ("the judge", "a company spokesman"), or nobody.
 */
record Speaker(String id, String name, String role) {
    static final Speaker NONE = new Speaker(null, null, null);

    /** The actor a rule found. */
    static Speaker of(newsgen.model.Actor a) {
        return new Speaker(a.id(), a.name(), null);
    }

    /** The actor a mention names. */
    static Speaker of(ActorFinder.Mention m) {
        return of(m.actor());
    }

    /** A name no gazetteer or finder listed, taken as written: its id is its slug. */
    static Speaker named(String name) {
        return new Speaker(Slugs.slug(name), name, null);
    }

    /** Only a role ("the judge"): someone unnamed. */
    static Speaker role(String role) {
        return new Speaker(null, null, role);
    }

    /** Names someone or at least a role: a rule that finds this has decided the quote. */
    boolean found() {
        return id != null || role != null;
    }

    /** Names an actor. */
    boolean named() {
        return id != null;
    }
}
