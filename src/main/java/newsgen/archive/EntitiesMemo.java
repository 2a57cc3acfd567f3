package newsgen.archive;

import newsgen.cache.Fingerprint;
import newsgen.cache.FramedFile;
import newsgen.model.ArticleRecord;
import newsgen.model.EntityKind;
import newsgen.model.EntityRef;
import newsgen.model.Problem;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The entities the last build's index gathered, kept in the cache folder under the resolution memo's key (gen's code,
 * the lower-case words, every record's date, actors and places in archive order) and the editor's entities.yaml:
 * gathering is a function of the resolution's decisions and the mentions, which that key fixes, and of the edits. So
 * a build whose edit touched no name (a quotation, a sentence) reads the entities back ({@link KeptEntities}) instead
 * of indexing every mention again, putting the kept decisions back and gathering (a fifth of the archive stage of such
 * a build). Each group's reference, its undecided entities and what the editor gave it are kept, and each mention's
 * group; not the mentions, nor how many each pass joined (no later pass reads them).
 *
 * <p>Framed as the other memos ({@link FramedFile}): cut short, garbled or not decoding, a warning and the index made
 * again; of another key (other names, other edits, another gen), ignored silently.
 */
final class EntitiesMemo {
    static final String FILE = "entities";
    private static final byte[] MAGIC = "newsgen-entities 1\n".getBytes(StandardCharsets.US_ASCII);
    private static final String REDO = "the entities gathered again from every article's mentions";

    private final Path file;
    private final boolean read;
    private final List<Problem> warnings = new ArrayList<>();

    /** @param read false for a cold build: the entities are written, never read */
    EntitiesMemo(Path cacheFolder, boolean read) {
        this.file = cacheFolder.resolve(FILE);
        this.read = read;
    }

    /**
     * The key: the resolution memo's key and every field of every edit (lines included, which the edits' warnings
     * name); null when the resolution key is (a record it cannot describe).
     */
    static String key(String resolutionKey, EntityEdits edits) {
        if (resolutionKey == null) {
            return null;
        }
        Fingerprint f = new Fingerprint().add("entities 1").add(resolutionKey).add(edits.file()).add(edits.edits().size());
        for (EntityEdits.Edit e : edits.edits()) {
            target(f, e.target());
            f.add(e.drop());
            target(f, e.sameAs());
            f.add(e.name()).add(e.type() == null ? null : e.type().value()).add(e.aliases().size());
            e.aliases().forEach(f::add);
            f.add(e.description()).add(e.link());
        }
        return f.hex();
    }

    private static void target(Fingerprint f, EntityEdits.Target t) {
        f.add(t != null);
        if (t != null) {
            f.add(t.kind().value()).add(t.id()).add(t.line());
        }
    }

    /** The kept entities for these records under this key, or null (none, another key, unreadable, not to be read). */
    KeptEntities get(Supplier<String> keys, List<ArticleRecord> records) {
        return get(keys, () -> true, records);
    }

    /**
     * As {@link #get(Supplier, List)}; when the key is not {@code ready} yet (worked out on another thread), the
     * records' mentions are walked first, while this thread would otherwise wait for it (45-125 ms of a one-quotation
     * build's archive stage, JFR, 10,164 articles). The walk is needed only when the memo is used: with the key ready it
     * is made after the key is checked, as before.
     */
    KeptEntities get(Supplier<String> keys, java.util.function.BooleanSupplier ready, List<ArticleRecord> records) {
        if (!read) {
            return null;
        }
        KeptEntities.Mentions early = java.nio.file.Files.exists(file) && !ready.getAsBoolean()
                ? KeptEntities.Mentions.of(records) : null;
        return FramedFile.decoded(file, MAGIC, keys, warnings, REDO,
                in -> decode(in, records, early != null ? early : KeptEntities.Mentions.of(records)));
    }

    /** Why the memo that was there was not used (damaged, unreadable), as warnings. */
    List<Problem> warnings() {
        return warnings;
    }

    /** Keeps the gathered index under the key (best effort: without it the next build gathers again). */
    void put(String key, EntityIndex index) {
        if (key == null) {
            return;
        }
        try {
            FramedFile.keep(file, MAGIC, key.getBytes(StandardCharsets.US_ASCII), encode(index));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("entities written to memory", e);
        }
    }

    static byte[] encode(EntityIndex index) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 21);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            List<EntityIndex.Group> groups = index.groups();
            Map<EntityRef, Integer> number = new HashMap<>();
            for (int g = 0; g < groups.size(); g++) {
                number.put(groups.get(g).ref(), g);
            }
            out.writeInt(groups.size());
            for (EntityIndex.Group g : groups) {
                out.writeUTF(g.ref().kind());
                out.writeUTF(g.ref().id());
                out.writeUTF(g.ref().name());
                out.writeInt(g.undecided().size());
                for (EntityRef u : g.undecided()) {
                    out.writeInt(number.get(u));
                }
                EntityIndex.Editor e = g.editor();
                out.writeInt(e.aliases().size());
                for (String a : e.aliases()) {
                    out.writeUTF(a);
                }
                FramedFile.writeNullable(out, e.description());
                FramedFile.writeNullable(out, e.link());
            }
            int[] groupOf = index.groupOfMentions();
            out.writeInt(groupOf.length);
            for (int g : groupOf) {
                out.writeInt(g);
            }
            List<Problem> warnings = index.warnings();
            out.writeInt(warnings.size());
            for (Problem p : warnings) {
                FramedFile.writeNullable(out, p.file());
                out.writeInt(p.line());
                FramedFile.writeNullable(out, p.message());
            }
        }
        return bytes.toByteArray();
    }

    static KeptEntities decode(DataInputStream in, List<ArticleRecord> records) throws IOException {
        return decode(in, records, KeptEntities.Mentions.of(records));
    }

    /** As {@link #decode(DataInputStream, List)}, with the records' mentions already walked. */
    static KeptEntities decode(DataInputStream in, List<ArticleRecord> records, KeptEntities.Mentions mentions)
            throws IOException {
        int n = in.readInt();
        EntityRef[] refs = new EntityRef[n];
        int[][] undecided = new int[n][];
        EntityIndex.Editor[] editors = new EntityIndex.Editor[n];
        for (int g = 0; g < n; g++) {
            refs[g] = new EntityRef(EntityKind.of(in.readUTF()), in.readUTF(), in.readUTF());
            undecided[g] = new int[in.readInt()];
            for (int i = 0; i < undecided[g].length; i++) {
                undecided[g][i] = in.readInt();
            }
            String[] aliases = new String[in.readInt()];
            for (int i = 0; i < aliases.length; i++) {
                aliases[i] = in.readUTF();
            }
            String description = FramedFile.readNullable(in);
            String link = FramedFile.readNullable(in);
            editors[g] = aliases.length == 0 && description == null && link == null ? EntityIndex.Editor.NONE
                    : new EntityIndex.Editor(List.of(aliases), description, link);
        }
        List<EntityIndex.Group> groups = new ArrayList<>(n);
        for (int g = 0; g < n; g++) {
            EntityRef[] could = new EntityRef[undecided[g].length];
            for (int i = 0; i < could.length; i++) {
                could[i] = refs[undecided[g][i]];
            }
            groups.add(new EntityIndex.Group(refs[g], List.of(), List.of(could), Map.of(), editors[g]));
        }
        int[] groupOf = new int[in.readInt()];
        for (int m = 0; m < groupOf.length; m++) {
            groupOf[m] = in.readInt();
        }
        List<Problem> warnings = new ArrayList<>();
        for (int w = in.readInt(); w > 0; w--) {
            warnings.add(new Problem(FramedFile.readNullable(in), in.readInt(), FramedFile.readNullable(in)));
        }
        if (in.read() != -1) {
            throw new IOException("bytes left over");
        }
        return new KeptEntities(records, mentions, groups, groupOf, warnings);
    }

}
