package newsgen.archive;

import newsgen.model.Actor;
import newsgen.model.ArticleRecord;
import newsgen.model.EntityKind;
import newsgen.model.EntityRef;
import newsgen.model.Place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the actors and places of every record into archive entities, the way one article merges its own
 * spellings: the same full name or alias, a surname alone, a one-letter typo of a surname, an acronym and its
 * full name. Every merge goes through an index of name keys, so the work grows with the number of mentions,
 * never with the number of pairs. A surname or typo that could belong to two people is left unmerged:
 * two pages beat one wrong page.
 */
final class EntityIndex {
    /** Words shorter than this are never matched as typos ("Sall" and "Fall" are two people). */
    static final int MIN_TYPO_LENGTH = 5;
    /** Marks an index key that leads to two different entities. */
    private static final int AMBIGUOUS = -1;

    /** One actor or place as one article's record gives it. */
    record Mention(int article, EntityKind kind, String localId, String name, List<String> aliases, Actor actor, Place place,
                   List<String> spellings, List<String> strongKeys) {
        Mention(int article, EntityKind kind, String localId, String name, List<String> aliases, Actor actor, Place place) {
            this(article, kind, localId, name, aliases, actor, place, spellings(name, aliases), List.of());
        }

        private static List<String> spellings(String name, List<String> aliases) {
            List<String> all = new ArrayList<>(aliases.size() + 1);
            all.add(name);
            all.addAll(aliases);
            return List.copyOf(all);
        }

        /** The mention with its strong keys worked out once. */
        Mention keyed() {
            return new Mention(article, kind, localId, name, aliases, actor, place, spellings, computeStrongKeys(this));
        }
    }

    /** One archive entity: its reference and every mention of it, in article order. */
    record Group(EntityRef ref, List<Mention> mentions) {
    }

    private final List<Mention> mentions = new ArrayList<>();
    private final Map<String, Integer> byLocal = new HashMap<>();
    private int[] parent;
    private final List<Group> groups = new ArrayList<>();
    private int[] groupOf;

    private EntityIndex() {
    }

    /** Indexes the records in the given order (which decides nothing but tie-breaks) and merges their entities. */
    static EntityIndex build(List<ArticleRecord> records) {
        EntityIndex index = new EntityIndex();
        for (int i = 0; i < records.size(); i++) {
            ArticleRecord r = records.get(i);
            for (Actor a : r.actors()) {
                index.add(new Mention(i, EntityKind.of(a), a.id(), a.name(), a.aliases(), a, null));
            }
            for (Place p : r.places()) {
                index.add(new Mention(i, EntityKind.PLACE, p.id(), p.name(), List.of(), null, p));
            }
        }
        index.merge();
        return index;
    }

    private void add(Mention m) {
        if (m.name() == null || m.name().isBlank()) {
            return;
        }
        byLocal.putIfAbsent(local(m.article(), m.kind(), m.localId()), mentions.size());
        mentions.add(m.keyed());
    }

    private static String local(int article, EntityKind kind, String id) {
        return article + "|" + kind.value() + "|" + id;
    }

    /** Every archive entity, in no particular order. */
    List<Group> groups() {
        return groups;
    }

    /** The entity an actor or place of the article at this position is merged into, or null. */
    EntityRef entityOf(int article, EntityKind kind, String localId) {
        Integer m = byLocal.get(local(article, kind, localId));
        return m == null ? null : groups.get(groupOf[m]).ref();
    }

    /** The entity of an actor of that article, person or organisation, or null. */
    EntityRef actorOf(int article, String localId) {
        EntityRef person = entityOf(article, EntityKind.PERSON, localId);
        return person != null ? person : entityOf(article, EntityKind.ORGANIZATION, localId);
    }

    private void merge() {
        parent = new int[mentions.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        mergeOnStrongKeys();
        mergeFullNameTypos();
        mergeSurnames();
        mergeAcronyms();
        mergeLoneSurnames();
        gather();
    }

    /** The same full name, alias, organisation name or place id: the same entity. */
    private void mergeOnStrongKeys() {
        Map<String, Integer> first = new HashMap<>();
        for (int m = 0; m < mentions.size(); m++) {
            for (String key : mentions.get(m).strongKeys()) {
                Integer f = first.putIfAbsent(key, m);
                if (f != null) {
                    union(f, m);
                }
            }
        }
    }

    private static List<String> computeStrongKeys(Mention m) {
        List<String> keys = new ArrayList<>();
        switch (m.kind()) {
            case PERSON -> {
                for (String s : m.spellings()) {
                    String key = NameKey.of(s);
                    if (NameKey.words(key).size() >= 2) {
                        keys.add("p|" + key);
                    }
                }
            }
            case ORGANIZATION -> {
                for (String s : m.spellings()) {
                    String key = NameKey.of(s);
                    if (!key.isEmpty()) {
                        keys.add("o|" + key);
                    }
                }
            }
            default -> {
                String key = NameKey.of(m.name());
                if (!key.isEmpty()) {
                    keys.add("l|" + key);
                }
                if (m.localId() != null && !m.localId().isBlank()) {
                    keys.add("l|id:" + m.localId());
                }
            }
        }
        return keys;
    }

    private static boolean hasFullName(Mention m) {
        return m.kind() == EntityKind.PERSON && !m.strongKeys().isEmpty();
    }

    /** Full names with the same first names and a surname one letter apart ("Mohamed Bazoum", "Mohamed Bazoun"). */
    private void mergeFullNameTypos() {
        Map<String, Integer> first = new HashMap<>();
        for (int m = 0; m < mentions.size(); m++) {
            Mention mention = mentions.get(m);
            if (!hasFullName(mention)) {
                continue;
            }
            for (String s : mention.spellings()) {
                String key = NameKey.of(s);
                if (NameKey.words(key).size() < 2) {
                    continue;
                }
                String surname = NameKey.last(key);
                if (surname.length() < MIN_TYPO_LENGTH) {
                    continue;
                }
                String given = key.substring(0, key.length() - surname.length());
                for (String d : NameKey.deletions(surname)) {
                    Integer f = first.putIfAbsent(given + d, m);
                    if (f != null) {
                        union(f, m);
                    }
                }
            }
        }
    }

    /** A surname alone ("Goita", or the typo "Tiania") joins the one person of that surname, if only one. */
    private void mergeSurnames() {
        Map<String, Integer> exact = new HashMap<>();
        Map<String, Integer> typos = new HashMap<>();
        for (int m = 0; m < mentions.size(); m++) {
            Mention mention = mentions.get(m);
            if (!hasFullName(mention)) {
                continue;
            }
            int root = find(m);
            for (String s : mention.spellings()) {
                String key = NameKey.of(s);
                List<String> words = NameKey.words(key);
                if (words.isEmpty()) {
                    continue;
                }
                String surname = words.get(words.size() - 1);
                note(exact, surname, root);
                if (surname.length() >= MIN_TYPO_LENGTH) {
                    for (String d : NameKey.deletions(surname)) {
                        note(typos, d, root);
                    }
                }
            }
        }
        for (int m = 0; m < mentions.size(); m++) {
            Mention mention = mentions.get(m);
            if (mention.kind() != EntityKind.PERSON || hasFullName(mention)) {
                continue;
            }
            Integer target = single(exactCandidates(mention, exact));
            if (target == null) {
                target = single(typoCandidates(mention, typos));
            }
            if (target != null) {
                union(target, m);
            }
        }
    }

    private Set<Integer> exactCandidates(Mention mention, Map<String, Integer> exact) {
        Set<Integer> found = new HashSet<>();
        for (String s : mention.spellings()) {
            Integer root = exact.get(NameKey.of(s));
            if (root != null) {
                found.add(root == AMBIGUOUS ? AMBIGUOUS : find(root));
            }
        }
        return found;
    }

    private Set<Integer> typoCandidates(Mention mention, Map<String, Integer> typos) {
        Set<Integer> found = new HashSet<>();
        for (String s : mention.spellings()) {
            String key = NameKey.of(s);
            if (key.length() < MIN_TYPO_LENGTH) {
                continue;
            }
            for (String d : NameKey.deletions(key)) {
                Integer root = typos.get(d);
                if (root != null) {
                    found.add(root == AMBIGUOUS ? AMBIGUOUS : find(root));
                }
            }
        }
        return found;
    }

    /** The one entity found, or null when none or several (or an ambiguous key) were. */
    private static Integer single(Set<Integer> found) {
        if (found.size() != 1) {
            return null;
        }
        Integer only = found.iterator().next();
        return only == AMBIGUOUS ? null : only;
    }

    private void note(Map<String, Integer> index, String key, int root) {
        index.merge(key, root, (old, now) -> old == AMBIGUOUS || find(old) != find(now) ? AMBIGUOUS : old);
    }

    /** An acronym alone ("UN") joins the one organisation whose capitalised words it abbreviates ("United Nations"). */
    private void mergeAcronyms() {
        Map<String, Integer> initials = new HashMap<>();
        for (int m = 0; m < mentions.size(); m++) {
            Mention mention = mentions.get(m);
            if (mention.kind() == EntityKind.ORGANIZATION && !NameKey.isAcronym(mention.name())) {
                String acronym = NameKey.acronym(mention.name());
                if (!acronym.isEmpty()) {
                    note(initials, acronym, find(m));
                }
            }
        }
        for (int m = 0; m < mentions.size(); m++) {
            Mention mention = mentions.get(m);
            if (mention.kind() == EntityKind.ORGANIZATION && NameKey.isAcronym(mention.name()) && mention.aliases().isEmpty()) {
                Integer root = initials.get(NameKey.of(mention.name()));
                if (root != null && root != AMBIGUOUS) {
                    union(root, m);
                }
            }
        }
    }

    /** Surnames that matched no full name, nor two: the same surname in several articles is one entity. */
    private void mergeLoneSurnames() {
        Set<Integer> named = new HashSet<>();
        for (int m = 0; m < mentions.size(); m++) {
            if (hasFullName(mentions.get(m))) {
                named.add(find(m));
            }
        }
        Map<String, Integer> first = new HashMap<>();
        for (int m = 0; m < mentions.size(); m++) {
            Mention mention = mentions.get(m);
            if (mention.kind() == EntityKind.PERSON && !hasFullName(mention) && !named.contains(find(m))) {
                String key = NameKey.of(mention.name());
                Integer f = first.putIfAbsent(key, m);
                if (f != null && !key.isEmpty()) {
                    union(f, m);
                }
            }
        }
    }

    private void gather() {
        Map<Integer, List<Mention>> byRoot = new LinkedHashMap<>();
        groupOf = new int[mentions.size()];
        Map<Integer, Integer> rootGroup = new HashMap<>();
        for (int m = 0; m < mentions.size(); m++) {
            int root = find(m);
            byRoot.computeIfAbsent(root, r -> new ArrayList<>()).add(mentions.get(m));
        }
        // Ids are given in a fixed order (by canonical name, then first mention) so a clash always resolves the same way.
        List<Map.Entry<Integer, List<Mention>>> ordered = new ArrayList<>(byRoot.entrySet());
        Map<Integer, String> names = new HashMap<>();
        for (var e : ordered) {
            names.put(e.getKey(), canonicalName(e.getValue()));
        }
        ordered.sort(Comparator.comparing((Map.Entry<Integer, List<Mention>> e) -> names.get(e.getKey()))
                .thenComparing(Map.Entry::getKey));
        Set<String> taken = new HashSet<>();
        for (var e : ordered) {
            List<Mention> ms = e.getValue();
            EntityKind kind = ms.get(0).kind();
            String name = names.get(e.getKey());
            String base = NameKey.of(name);
            if (base.isEmpty()) {
                base = kind.value().substring(0, 3) + "-" + Integer.toHexString(name.hashCode());
            } else if (NameKey.reserved(base)) {
                base = base + "-" + kind.value();
            }
            String id = base;
            for (int n = 2; !taken.add(kind.key(id)); n++) {
                id = base + "-" + n;
            }
            rootGroup.put(e.getKey(), groups.size());
            groups.add(new Group(new EntityRef(kind, id, name), List.copyOf(ms)));
        }
        for (int m = 0; m < mentions.size(); m++) {
            groupOf[m] = rootGroup.get(find(m));
        }
    }

    /** The name the records use most; for people a full name over a surname; then the longest; then alphabetical. */
    static String canonicalName(List<Mention> ms) {
        Map<String, Integer> counts = new HashMap<>();
        for (Mention m : ms) {
            counts.merge(m.name().strip(), 1, Integer::sum);
        }
        boolean person = ms.get(0).kind() == EntityKind.PERSON;
        return counts.keySet().stream().min(Comparator
                        .comparing((String n) -> person && NameKey.words(NameKey.of(n)).size() < 2)
                        .thenComparing(n -> -counts.get(n))
                        .thenComparing(n -> -n.length())
                        .thenComparing(Comparator.naturalOrder()))
                .orElseThrow();
    }

    private int find(int m) {
        while (parent[m] != m) {
            parent[m] = parent[parent[m]];
            m = parent[m];
        }
        return m;
    }

    /** Joins two groups; the smaller index stays the root, so the result never depends on the order of unions. */
    private void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
