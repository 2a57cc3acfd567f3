package newsgen.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;

/**
 * A person or organisation named in an article, spelling variants merged.
 *
 * @param type        {@link #PERSON} or {@link #ORGANIZATION}
 * @param aliases     other spellings and short forms seen (surname, acronym, typo)
 * @param roles       titles the text gives ("Defence Minister")
 * @param affiliation country or organisation the actor belongs to, or null
 */
public record Actor(String id, String name, String type, List<String> aliases, List<String> roles,
                    String affiliation, int mentions) {
    public static final String PERSON = "person";
    public static final String ORGANIZATION = "organization";

    public Actor {
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
    }

    @JsonIgnore // derived from type; not a field of the record contract
    public boolean isPerson() {
        return PERSON.equals(type);
    }
}
