package newsgen.cli;

import newsgen.archive.EntityEdits;
import newsgen.model.Problem;
import newsgen.model.ProblemException;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds and reads the editor's entities.yaml: the one given, or the one beside the articles folder, if any. */
final class EditorFile {
    static final String NAME = "entities.yaml";

    private EditorFile() {
    }

    /** The file to read: the option's, else entities.yaml beside the articles folder; null when there is none. */
    static Path locate(Path option, Path articles) {
        if (option != null) {
            return option;
        }
        Path parent = articles.toAbsolutePath().normalize().getParent();
        Path beside = parent == null ? null : parent.resolve(NAME);
        return beside != null && Files.isRegularFile(beside) ? beside : null;
    }

    /** The edits of the file (none for null); a {@link ProblemException} naming file and line when it is wrong. */
    static EntityEdits read(Path file) {
        if (file == null) {
            return EntityEdits.NONE;
        }
        String shown = shown(file);
        if (!Files.isRegularFile(file)) {
            throw new ProblemException(new Problem(shown, 0, "no such file"));
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            return EntityEdits.parse(shown, text);
        } catch (CharacterCodingException e) {
            throw new ProblemException(new Problem(shown, 0, "not UTF-8 text"));
        } catch (IOException e) {
            throw new ProblemException(new Problem(shown, 0, "cannot read (" + e.getClass().getSimpleName() + ")"));
        }
    }

    /** The path as the user would write it: relative to the working folder when inside it. */
    private static String shown(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath().normalize();
        return (abs.startsWith(here) ? here.relativize(abs) : abs).toString().replace('\\', '/');
    }
}
