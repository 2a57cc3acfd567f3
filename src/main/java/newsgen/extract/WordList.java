package newsgen.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a word list or gazetteer from this package's resources: one entry a line, '#' starts a comment line. */
final class WordList {
    private WordList() {
    }

    static List<String> lines(String name) {
        InputStream in = WordList.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource newsgen/extract/" + name);
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
