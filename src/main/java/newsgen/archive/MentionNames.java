package newsgen.archive;

import newsgen.archive.EntityIndex.Mention;
import newsgen.model.EntityKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a mention's names make, worked out from them alone: its strong keys (the names the same-name pass joins by),
 * an organisation's key, and the name an entity's mentions give it. Moved out of {@link EntityIndex} as they were.
 */
final class MentionNames {
    private MentionNames() {
    }

    static List<String> strongKeys(Mention m) {
        return strongKeys(m.kind(), m.name(), m.localId(), m.spellings(), m.personNames());
    }

    /** The strong keys of a mention with these parts (personNames: a person's, one for each spelling). */
    static List<String> strongKeys(EntityKind kind, String name, String localId, List<String> spellings,
            List<PersonName> personNames) {
        List<String> keys = new ArrayList<>(spellings.size() + 1);
        switch (kind) {
            case PERSON -> {
                for (PersonName p : personNames) {
                    if (p.isFull()) {
                        keys.add("p|" + p.key());
                    }
                }
            }
            case ORGANIZATION -> {
                for (String s : spellings) {
                    String key = orgKey(s);
                    if (!key.isEmpty()) {
                        keys.add("o|" + key);
                    }
                }
            }
            default -> {
                String key = NameKey.of(name);
                if (!key.isEmpty()) {
                    keys.add("l|" + key);
                }
                if (localId != null && !localId.isBlank()) {
                    keys.add("l|id:" + localId);
                }
            }
        }
        return keys;
    }

    /** An organisation's folded name without a leading "the": "The Washington Post" is "washington-post". */
    static String orgKey(String name) {
        String key = NameKey.of(name);
        return key.startsWith("the-") ? key.substring(4) : key;
    }

    /**
     * The name the records use most; for people a full name over a surname and a name without a title over one
     * with it; then the longest; then alphabetical.
     */
    static String canonicalName(List<Mention> ms) {
        Map<String, Integer> counts = new HashMap<>();
        for (Mention m : ms) {
            // A name a pass had to correct ("Absent Hollis") names the entity only when nothing else does.
            if (m.spellings().get(0).equals(m.name())) {
                counts.merge(m.name().strip().replace('\u00a0', ' '), 1, Integer::sum);
            }
        }
        if (counts.isEmpty()) {
            ms.forEach(m -> counts.merge(m.name().strip().replace('\u00a0', ' '), 1, Integer::sum));
        }
        boolean person = ms.get(0).kind() == EntityKind.PERSON;
        Map<String, PersonName> parsed = new HashMap<>();
        if (person) {
            counts.keySet().forEach(n -> parsed.put(n, PersonName.of(n)));
        }
        return counts.keySet().stream().min(Comparator
                        .comparing((String n) -> person && !parsed.get(n).isFull())
                        .thenComparing(n -> person && !parsed.get(n).key().equals(NameKey.of(n)))
                        .thenComparing(n -> -counts.get(n))
                        .thenComparing(n -> -n.length())
                        .thenComparing(Comparator.naturalOrder()))
                .map(n -> person ? withoutTitle(n) : n)
                .orElseThrow();
    }

    /** A person's name as written, without the words before it that are no part of it ("Gen. Tomas Halvorsen"). */
    static String withoutTitle(String name) {
        int drop = PersonName.leadingNonNameWords(name);
        String[] words = name.strip().split("\\s+");
        if (drop <= 0 || drop >= words.length || NameKey.words(NameKey.of(name)).size() != words.length) {
            return name;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, drop, words.length));
    }
}
