package newsgen.archive;

import newsgen.model.Actor;
import newsgen.model.ArticleRecord;
import newsgen.model.EntityKind;
import newsgen.model.EntityRef;
import newsgen.model.Place;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The actors and places of every record, merged into archive entities by {@link ResolutionPass}es that run in
 * order, each a named rule testable alone (same name, typo, surname, acronym, short name...). Passes join
 * mentions through a union-find and look names up through indexes of name keys, so the work grows with the
 * number of mentions, never with the number of pairs. A pass may also drop a mention that names no entity, or
 * note that it could not decide between several entities. Which pass joined each mention is kept.
 */
final class EntityIndex implements ResolvedEntities {
    /** One actor or place as one article's record gives it. */
    record Mention(int article, EntityKind kind, String localId, String name, List<String> aliases, Actor actor, Place place,
                   List<String> spellings, List<String> strongKeys, List<PersonName> personNames) {
        Mention(int article, EntityKind kind, String localId, String name, List<String> aliases, Actor actor, Place place) {
            this(article, kind, localId, name, aliases, actor, place, spellings(name, aliases), List.of(), List.of());
        }

        /** The person's name as written first (people only). */
        PersonName person() {
            return personNames.get(0);
        }

        private static List<String> spellings(String name, List<String> aliases) {
            List<String> all = new ArrayList<>(aliases.size() + 1);
            all.add(name);
            all.addAll(aliases);
            return List.copyOf(all);
        }

        /** The mention with its person name and strong keys worked out once. */
        Mention keyed() {
            List<PersonName> p = kind == EntityKind.PERSON ? personNames(spellings) : List.of();
            return new Mention(article, kind, localId, name, aliases, actor, place, spellings,
                    MentionNames.strongKeys(kind, name, localId, spellings, p), p);
        }

        /** The person names of these spellings, in their order. */
        static List<PersonName> personNames(List<String> spellings) {
            PersonName[] out = new PersonName[spellings.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = PersonName.of(spellings.get(i));
            }
            return List.of(out);
        }

        /** Mentions this many times in its article (1 when the record does not say). */
        int count() {
            return actor != null ? Math.max(1, actor.mentions()) : place != null ? Math.max(1, place.mentions()) : 1;
        }

        /** True for a person named with a given name as well as a surname, in any spelling. */
        boolean isFullName() {
            return kind == EntityKind.PERSON && !strongKeys.isEmpty();
        }
    }

    /**
     * One archive entity.
     *
     * @param mentions  every mention of it, in article order
     * @param undecided the entities its surname-only mentions could also be, when nothing decided between them
     * @param rules     how many mentions each pass joined to it, by pass name
     */
    record Group(EntityRef ref, List<Mention> mentions, List<EntityRef> undecided, Map<String, Integer> rules,
                 Editor editor) {
    }

    /** What the editor's entities.yaml adds to an entity. */
    record Editor(List<String> aliases, String description, String link) {
        static final Editor NONE = new Editor(List.of(), null, null);
    }

    /** The passes of a normal build, in order; lowercaseWords are the folded words the archive's texts write in lower case. */
    static List<ResolutionPass> defaultPasses(Set<String> lowercaseWords) {
        return List.of(new NotAPersonPass(), new CommonWordPass(lowercaseWords), new SameNamePass(), new FullNameTypoPass(), new GivenNameVariantPass(), new SurnamePass(),
                new AcronymPass(), new ShortNamePass(), new LoneSurnamePass(), new UndecidedSurnamePass());
    }

    private final List<Mention> mentions = new ArrayList<>();
    private final List<LocalDate> dates = new ArrayList<>();
    private final List<int[]> articleRange = new ArrayList<>();
    private int[] parent;
    /** Each mention's {@link Mention#count}, read by three passes' snapshots over every mention: kept in one array. */
    private int[] counts;
    private String[] joinedBy;
    private String[] dropped;
    /**
     * Each mention's kind, article and whether it is a person named in full, in arrays, with the positions of each
     * kind's mentions ({@link #people}, {@link #organizations}, {@link #fullNames}): every pass scans ~200,000
     * mentions for the few kinds it acts on, and reading these fields from the scattered Mention objects was the
     * passes' largest cost (JFR: waits on memory in {@code mention}, {@code isFullName}). A rename updates them.
     */
    private EntityKind[] kinds;
    private int[] articleOf;
    private boolean[] fullName;
    private int[] people;
    private int[] organizations;
    /** The people named in full, and the others: worked out when first asked after a rename. */
    private int[] fullNames;
    private int[] shortNames;
    /** Whether each organisation's name is written as an acronym; why each person mention names no person, or null. */
    private boolean[] acronym;
    private String[] noPerson;
    /** Mentions {@link #undecided} notes, by position: asked of every mention by the undecided-surname pass. */
    private boolean[] undecidedFlag;
    private final Map<Integer, Set<Integer>> undecided = new HashMap<>();
    /** The rule that renamed each mention, or null: an array, as gathering asks it of every mention. */
    private String[] renamedBy;
    private final List<Rename> renames = new ArrayList<>();
    private final Map<Integer, EntityKind> kindOf = new HashMap<>();
    private final Map<Integer, String> nameOf = new HashMap<>();
    private final Map<Integer, Editor> editorOf = new HashMap<>();
    private final List<Integer> groupRoots = new ArrayList<>();
    private final List<newsgen.model.Problem> warnings = new ArrayList<>();
    private final List<Group> groups = new ArrayList<>();
    private int[] groupOf;

    private EntityIndex() {
    }

    /** Indexes the records in the given order (which decides nothing but tie-breaks) and merges their entities. */
    static EntityIndex build(List<ArticleRecord> records) {
        return build(records, defaultPasses(Set.of()));
    }

    /** Indexes the records and runs the given passes, in order. */
    static EntityIndex build(List<ArticleRecord> records, List<ResolutionPass> passes) {
        return build(records, passes, EntityEdits.NONE);
    }

    /** Indexes the records, runs the given passes, then applies the editor's edits to the entities they made. */
    static EntityIndex build(List<ArticleRecord> records, List<ResolutionPass> passes, EntityEdits edits) {
        EntityIndex index = of(records);
        index.run(passes);
        index.finish(edits);
        return index;
    }

    /** The records' mentions, in the given order, each its own entity: no pass has run yet. */
    static EntityIndex of(List<ArticleRecord> records) {
        EntityIndex index = new EntityIndex();
        // Each mention's names and keys depend on the mention alone: worked out on every core, added in order.
        // So is what the arrays below keep of each mention, and which people a record shows are two generations: read
        // while the mentions are fresh in that core's cache, not in a walk over all of them afterwards (JFR).
        List<Keyed> keyed = java.util.stream.IntStream.range(0, records.size()).parallel()
                .mapToObj(i -> Keyed.of(mentionsOf(i, records.get(i)))).toList();
        int n = 0;
        int suffixedCount = 0;
        for (Keyed k : keyed) {
            n += k.mentions().size();
            suffixedCount += k.suffixed().length;
        }
        index.parent = new int[n];
        index.counts = new int[n];
        index.joinedBy = new String[n];
        index.dropped = new String[n];
        index.kinds = new EntityKind[n];
        index.articleOf = new int[n];
        index.fullName = new boolean[n];
        index.acronym = new boolean[n];
        index.noPerson = new String[n];
        index.undecidedFlag = new boolean[n];
        index.renamedBy = new String[n];
        int[] suffixed = new int[suffixedCount];
        Set<String> twoPeople = new HashSet<>();
        suffixedCount = 0;
        int persons = 0;
        int orgs = 0;
        for (int i = 0; i < records.size(); i++) {
            Keyed k = keyed.get(i);
            int start = index.mentions.size();
            int size = k.mentions().size();
            index.mentions.addAll(k.mentions());
            index.articleRange.add(new int[] {start, start + size});
            index.dates.add(date(records.get(i).date()));
            System.arraycopy(k.counts(), 0, index.counts, start, size);
            System.arraycopy(k.kinds(), 0, index.kinds, start, size);
            System.arraycopy(k.full(), 0, index.fullName, start, size);
            System.arraycopy(k.acronym(), 0, index.acronym, start, size);
            System.arraycopy(k.noPerson(), 0, index.noPerson, start, size);
            java.util.Arrays.fill(index.articleOf, start, start + size, i);
            for (int s : k.suffixed()) {
                suffixed[suffixedCount++] = start + s;
            }
            twoPeople.addAll(k.twoPeople());
            persons += k.persons();
            orgs += k.organizations();
        }
        Generations.separate(index.mentions, suffixed, twoPeople);
        for (int m : suffixed) { // a separated mention has fewer aliases, so maybe other verdicts
            index.fullName[m] = index.mentions.get(m).isFullName();
            index.noPerson[m] = NotAPersonPass.verdict(index.mentions.get(m));
        }
        for (int i = 0; i < n; i++) {
            index.parent[i] = i;
        }
        index.people = new int[persons];
        index.organizations = new int[orgs];
        persons = 0;
        orgs = 0;
        for (int i = 0; i < n; i++) {
            if (index.kinds[i] == EntityKind.PERSON) {
                index.people[persons++] = i;
            } else if (index.kinds[i] == EntityKind.ORGANIZATION) {
                index.organizations[orgs++] = i;
            }
        }
        return index;
    }

    /** Runs the passes, in order. */
    void run(List<ResolutionPass> passes) {
        for (ResolutionPass pass : passes) {
            pass.run(this);
        }
    }

    /** Gathers the entities the passes made, then applies the editor's edits to them. */
    void finish(EntityEdits edits) {
        gather();
        if (!edits.isEmpty()) {
            new EditorPass(edits).apply(this);
            gather();
        }
    }

    /** A mention renamed by a pass ({@link #rename}), kept so the same call can be made again. */
    record Rename(int mention, String folded, String rule) {
    }

    /**
     * Everything the resolution passes decide about an index's mentions (joins, drops, undecided candidates,
     * renames), and nothing else: the passes write only these (the editor's pass, which writes more, runs after).
     * An index of the same mentions given these is in the state the passes left, so {@link ResolutionMemo} can keep
     * them instead of running the passes again.
     */
    record Decisions(int[] parent, String[] joinedBy, String[] dropped, Map<Integer, Set<Integer>> undecided,
                     List<Rename> renames) {
    }

    /** What the passes decided so far. */
    Decisions decisions() {
        Map<Integer, Set<Integer>> u = new java.util.TreeMap<>();
        undecided.forEach((m, c) -> u.put(m, new TreeSet<>(c)));
        return new Decisions(parent.clone(), joinedBy.clone(), dropped.clone(), u, List.copyOf(renames));
    }

    /**
     * Puts this index, fresh from {@link #of} with no pass run, into the state the passes left another index of the
     * same mentions in.
     *
     * @throws IllegalArgumentException when the decisions are about another number of mentions
     */
    void restore(Decisions d) {
        if (d.parent().length != mentions.size() || d.joinedBy().length != mentions.size()
                || d.dropped().length != mentions.size() || !renames.isEmpty() || !undecided.isEmpty()) {
            throw new IllegalArgumentException("decisions for " + d.parent().length + " mentions, not " + mentions.size());
        }
        for (int i = 0; i < parent.length; i++) {
            if (d.parent()[i] < 0 || d.parent()[i] > i) { // a root is always the group's lowest mention
                throw new IllegalArgumentException("mention " + i + " has parent " + d.parent()[i]);
            }
        }
        for (Map.Entry<Integer, Set<Integer>> e : d.undecided().entrySet()) {
            if (e.getKey() < 0 || e.getKey() >= parent.length
                    || e.getValue().stream().anyMatch(c -> c < 0 || c >= parent.length)) {
                throw new IllegalArgumentException("undecided mention out of range");
            }
        }
        for (Rename r : d.renames()) {
            if (r.mention() < 0 || r.mention() >= parent.length) {
                throw new IllegalArgumentException("renamed mention out of range");
            }
        }
        for (Rename r : d.renames()) {
            rename(r.mention(), r.folded(), r.rule());
        }
        System.arraycopy(d.parent(), 0, parent, 0, parent.length);
        System.arraycopy(d.joinedBy(), 0, joinedBy, 0, joinedBy.length);
        System.arraycopy(d.dropped(), 0, dropped, 0, dropped.length);
        d.undecided().forEach((m, c) -> {
            undecided.put(m, new TreeSet<>(c));
            undecidedFlag[m] = true;
        });
    }

    /** One record's keyed mentions, with what the index's arrays keep of each, worked out on the core that made them. */
    private record Keyed(List<Mention> mentions, int[] counts, EntityKind[] kinds, boolean[] full, boolean[] acronym,
                         String[] noPerson, int persons, int organizations, int[] suffixed, Set<String> twoPeople) {
        static Keyed of(List<Mention> mentions) {
            int size = mentions.size();
            int[] counts = new int[size];
            EntityKind[] kinds = new EntityKind[size];
            boolean[] full = new boolean[size];
            boolean[] acronym = new boolean[size];
            String[] noPerson = new String[size];
            int persons = 0;
            int orgs = 0;
            int suffixedCount = 0;
            int[] suffixed = new int[size];
            for (int j = 0; j < size; j++) {
                Mention m = mentions.get(j);
                counts[j] = m.count();
                kinds[j] = m.kind();
                full[j] = m.isFullName();
                acronym[j] = m.kind() == EntityKind.ORGANIZATION && NameKey.isAcronym(m.name());
                noPerson[j] = m.kind() == EntityKind.PERSON ? NotAPersonPass.verdict(m) : null;
                persons += m.kind() == EntityKind.PERSON ? 1 : 0;
                orgs += m.kind() == EntityKind.ORGANIZATION ? 1 : 0;
                for (String key : m.strongKeys()) {
                    key.hashCode(); // kept in the string: the same-name pass looks every key up, on one core
                }
                if (Generations.isSuffixed(m)) {
                    suffixed[suffixedCount++] = j;
                }
            }
            return new Keyed(mentions, counts, kinds, full, acronym, noPerson, persons, orgs, java.util.Arrays.copyOf(suffixed, suffixedCount),
                    suffixedCount == 0 ? Set.of() : Generations.twoPeople(mentions));
        }
    }

    /** The record's actors, then its places, as keyed mentions of the article at position i; nameless ones left out. */
    private static List<Mention> mentionsOf(int i, ArticleRecord r) {
        List<Mention> out = new ArrayList<>(r.actors().size() + r.places().size());
        for (Actor a : r.actors()) {
            add(out, new Mention(i, EntityKind.of(a), a.id(), a.name(), a.aliases(), a, null));
        }
        for (Place p : r.places()) {
            add(out, new Mention(i, EntityKind.PLACE, p.id(), p.name(), List.of(), null, p));
        }
        return out;
    }

    private static void add(List<Mention> out, Mention m) {
        if (named(m.name())) {
            out.add(m.keyed());
        }
    }

    /** Whether an actor or place with this name is a mention: {@link KeptEntities} counts an article's mentions by it. */
    static boolean named(String name) {
        return name != null && !name.isBlank();
    }

    /**
     * The first mention of an article with this kind and local id, or -1. Found by walking the article's few
     * mentions (21 on average, 249 at most in the real corpus): a map of "article|kind|id" strings over the whole
     * archive cost a string and a hash look-up per actor, and was most of linking (JFR).
     */
    private int local(int article, EntityKind kind, String id) {
        if (article < 0 || article >= articleRange.size()) {
            return -1;
        }
        int[] range = articleRange.get(article);
        String wanted = String.valueOf(id);
        for (int m = range[0]; m < range[1]; m++) {
            Mention x = mentions.get(m);
            if (x.kind() == kind && wanted.equals(String.valueOf(x.localId()))) {
                return m;
            }
        }
        return -1;
    }

    private static LocalDate date(String iso) {
        try {
            return iso == null ? null : LocalDate.parse(iso);
        } catch (RuntimeException e) {
            return null;
        }
    }

    // ---- what passes read and do

    int size() {
        return mentions.size();
    }

    Mention mention(int m) {
        return mentions.get(m);
    }

    /** {@code mention(m).kind()}, from an array. */
    EntityKind kind(int m) {
        return kinds[m];
    }

    /** {@code mention(m).article()}, from an array. */
    int article(int m) {
        return articleOf[m];
    }

    /** {@code mention(m).isFullName()}, from an array kept up to date by {@link #rename}. */
    boolean isFullName(int m) {
        return fullName[m];
    }

    /** The positions of the person mentions, ascending (dropped ones too). Not to be changed. */
    int[] people() {
        return people;
    }

    /** The positions of the organisation mentions, ascending (dropped ones too). Not to be changed. */
    int[] organizations() {
        return organizations;
    }

    /**
     * For an organisation mention, {@code NameKey.isAcronym(mention(m).name())}: worked out once where the mention is
     * made, as two passes ask it of every organisation. False for other kinds.
     */
    boolean isAcronym(int m) {
        return acronym[m];
    }

    /** For a person mention, {@link NotAPersonPass#verdict}, kept up to date by {@link #rename}; null for other kinds. */
    String whyNoPerson(int m) {
        return noPerson[m];
    }

    /** The positions of the people named in full ({@link Mention#isFullName}), ascending. Not to be changed. */
    int[] fullNames() {
        splitPeople();
        return fullNames;
    }

    /** The positions of the people not named in full in any spelling, ascending. Not to be changed. */
    int[] shortNames() {
        splitPeople();
        return shortNames;
    }

    private void splitPeople() {
        if (fullNames != null) {
            return;
        }
        int full = 0;
        for (int m : people) {
            full += fullName[m] ? 1 : 0;
        }
        int[] f = new int[full];
        int[] s = new int[people.length - full];
        int i = 0;
        int j = 0;
        for (int m : people) {
            if (fullName[m]) {
                f[i++] = m;
            } else {
                s[j++] = m;
            }
        }
        fullNames = f;
        shortNames = s;
    }

    /** {@code mention(m).count()}: a renamed mention keeps its actor, so its count. */
    int count(int m) {
        return counts[m];
    }

    int articles() {
        return articleRange.size();
    }

    /** The mentions of one article: positions [from, to). */
    int[] mentionsOf(int article) {
        return articleRange.get(article);
    }

    /** The publication date of an article, or null. */
    LocalDate date(int article) {
        return dates.get(article);
    }

    boolean isDropped(int m) {
        return dropped[m] != null;
    }

    /** Takes a mention out of the archive: it names no entity, for the given reason. */
    void drop(int m, String why) {
        dropped[m] = why;
    }

    /** Why a mention was dropped, or null. */
    String whyDropped(int m) {
        return dropped[m];
    }

    /** The pass that joined this mention to another, or null when none did. */
    String joinedBy(int m) {
        return joinedBy[m];
    }

    /**
     * Gives a person mention another name to be compared by (the words of the name as written, folded), keeping
     * how the record wrote it; the rule is kept as the mention's note.
     */
    void rename(int m, String folded, String rule) {
        Mention old = mentions.get(m);
        List<String> spellings = new ArrayList<>();
        spellings.add(String.join(" ", NameKey.words(folded)));
        spellings.addAll(old.aliases());
        List<String> all = List.copyOf(spellings);
        List<PersonName> p = Mention.personNames(all);
        Mention renamed = new Mention(old.article(), old.kind(), old.localId(), old.name(), old.aliases(), old.actor(),
                old.place(), all, MentionNames.strongKeys(old.kind(), old.name(), old.localId(), all, p), p);
        mentions.set(m, renamed);
        noPerson[m] = renamed.kind() == EntityKind.PERSON ? NotAPersonPass.verdict(renamed) : null;
        if (fullName[m] != renamed.isFullName()) {
            fullName[m] = renamed.isFullName();
            fullNames = null;
            shortNames = null;
        }
        renamedBy[m] = rule;
        renames.add(new Rename(m, folded, rule));
    }

    /** True when a pass noted candidates for this mention and could not decide between them. */
    boolean isUndecided(int m) {
        return undecidedFlag[m];
    }

    /** Notes that a mention could be any of these (mentions of) entities and nothing decided which. */
    void undecided(int m, Set<Integer> candidates) {
        undecided.computeIfAbsent(m, k -> new TreeSet<>()).addAll(candidates);
        undecidedFlag[m] = true;
    }

    int find(int m) {
        while (parent[m] != m) {
            parent[m] = parent[parent[m]];
            m = parent[m];
        }
        return m;
    }

    /**
     * Joins mention b (and its group) to a's group, saying which rule did; the smaller index stays the root,
     * so the result never depends on the order of unions.
     */
    void union(int a, int b, String rule) {
        int ra = find(a);
        int rb = find(b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
            if (joinedBy[b] == null) {
                joinedBy[b] = rule;
            }
        }
    }

    // ---- what the editor's pass does to whole entities

    /** A mention of each entity, by the entity's key ("person:jane-doe"), as the last gathering made them. */
    Map<String, Integer> entityMentions() {
        Map<String, Integer> out = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            out.put(groups.get(g).ref().key(), groupRoots.get(g));
        }
        return out;
    }

    /** Sets the kind of the entity holding mention m. */
    void setKind(int m, EntityKind kind) {
        kindOf.put(m, kind);
    }

    /** Sets the name of the entity holding mention m. */
    void setName(int m, String name) {
        nameOf.put(m, name);
    }

    /** Adds the editor's aliases, description and link to the entity holding mention m. */
    void setEditor(int m, Editor editor) {
        editorOf.merge(m, editor, (a, b) -> new Editor(
                java.util.stream.Stream.concat(a.aliases().stream(), b.aliases().stream()).distinct().toList(),
                b.description() != null ? b.description() : a.description(), b.link() != null ? b.link() : a.link()));
    }

    void warn(newsgen.model.Problem problem) {
        warnings.add(problem);
    }

    /** What the editor's file named that the archive does not hold. */
    @Override
    public List<newsgen.model.Problem> warnings() {
        return List.copyOf(warnings);
    }

    /** The value set on any mention of the group with this root, the lowest mention first; null when none. */
    private static <T> T setOn(Map<Integer, T> values, int[] positions) {
        if (values.isEmpty()) { // no editor's file: nothing to look up for each mention
            return null;
        }
        for (int m : positions) {
            if (values.containsKey(m)) {
                return values.get(m);
            }
        }
        return null;
    }

    // ---- the result

    /** Every archive entity, in no particular order. */
    @Override
    public List<Group> groups() {
        return groups;
    }

    @Override
    public EntityRef entityOf(int article, EntityKind kind, String localId) {
        int m = local(article, kind, localId);
        return m < 0 || groupOf[m] < 0 ? null : groups.get(groupOf[m]).ref();
    }

    /** The group of each mention, in mention order (-1 for a dropped one), as the last gathering made them. */
    int[] groupOfMentions() {
        return groupOf.clone();
    }

    /**
     * Makes the entities from the mentions' groups. Each group's members are gathered in arrays by root (a group's
     * root is one of its mentions, so arrays as long as the mentions hold them), not in maps of boxed numbers: with
     * ~200,000 mentions in 10,164 articles the maps were most of this step, which every build runs.
     */
    private void gather() {
        groups.clear();
        groupRoots.clear();
        int n = mentions.size();
        int[] rootOf = new int[n];
        int[] size = new int[n];
        for (int m = 0; m < n; m++) {
            rootOf[m] = isDropped(m) ? -1 : find(m);
            if (rootOf[m] >= 0) {
                size[rootOf[m]]++;
            }
        }
        int[][] members = new int[n][];
        List<Integer> roots = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            if (size[r] > 0) {
                members[r] = new int[size[r]];
                size[r] = 0;
                roots.add(r);
            }
        }
        for (int m = 0; m < n; m++) {
            if (rootOf[m] >= 0) {
                members[rootOf[m]][size[rootOf[m]]++] = m;
            }
        }
        // Each entity's name depends on its own mentions alone: worked out on both cores.
        List<String> named = roots.parallelStream().map(r -> {
            String edited = setOn(nameOf, members[r]);
            return edited != null ? edited : MentionNames.canonicalName(mentionsAt(members[r]));
        }).toList();
        String[] names = new String[n];
        for (int i = 0; i < roots.size(); i++) {
            names[roots.get(i)] = named.get(i);
        }
        // Ids are given in a fixed order (by canonical name, then first mention) so a clash always resolves the same way.
        List<Integer> ordered = new ArrayList<>(roots);
        ordered.sort(Comparator.comparing((Integer r) -> names[r]).thenComparing(r -> r));
        Set<String> taken = new HashSet<>();
        List<EntityRef> refs = new ArrayList<>();
        int[] rootGroup = new int[n];
        for (int root : ordered) {
            EntityKind edited = setOn(kindOf, members[root]);
            EntityKind kind = edited != null ? edited : mentions.get(members[root][0]).kind();
            String name = names[root];
            String base = NameKey.of(name);
            if (base.isEmpty()) {
                base = kind.value().substring(0, 3) + "-" + Integer.toHexString(name.hashCode());
            } else if (NameKey.reserved(base)) {
                base = base + "-" + kind.value();
            }
            String id = base;
            for (int k = 2; !taken.add(kind.key(id)); k++) {
                id = base + "-" + k;
            }
            rootGroup[root] = refs.size();
            refs.add(new EntityRef(kind, id, name));
        }
        groupOf = new int[n];
        for (int m = 0; m < n; m++) {
            groupOf[m] = rootOf[m] < 0 ? -1 : rootGroup[rootOf[m]];
        }
        for (int root : ordered) {
            int g = rootGroup[root];
            Set<EntityRef> could = new LinkedHashSet<>();
            Map<String, Integer> rules = new java.util.TreeMap<>();
            for (int m : members[root]) {
                if (undecidedFlag[m]) {
                    for (int c : undecided.get(m)) {
                        if (!isDropped(c) && groupOf[c] != g) {
                            could.add(refs.get(groupOf[c]));
                        }
                    }
                }
                if (joinedBy[m] != null) {
                    rules.merge(joinedBy[m], 1, Integer::sum);
                }
                if (renamedBy[m] != null) {
                    rules.merge(renamedBy[m], 1, Integer::sum);
                }
            }
            List<EntityRef> sorted = could.stream().sorted(Comparator.comparing(EntityRef::name).thenComparing(EntityRef::id)).toList();
            Editor editor = setOn(editorOf, members[root]);
            groups.add(new Group(refs.get(g), mentionsAt(members[root]), sorted, Map.copyOf(rules), editor == null ? Editor.NONE : editor));
            groupRoots.add(root);
        }
    }

    /** The mentions at these positions, in their order. */
    private List<Mention> mentionsAt(int[] positions) {
        Mention[] out = new Mention[positions.length];
        for (int i = 0; i < positions.length; i++) {
            out[i] = mentions.get(positions[i]);
        }
        return List.of(out);
    }

}
