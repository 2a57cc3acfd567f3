package newsgen.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import newsgen.model.ArticleRecord;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Prints the records of the seed articles as JSON (a tool for working on the rules, not a test). */
public final class DumpSeeds {
    public static void main(String[] args) throws Exception {
        Extractor x = new Extractor();
        List<ArticleRecord> out = new ArrayList<>();
        try (var files = Files.list(Path.of("src/test/resources/seeds"))) {
            for (Path f : files.sorted().toList()) {
                out.add(x.extractStrict(Articles.plain(f.getFileName().toString(), Files.readString(f), Articles.PUB)));
            }
        }
        System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out));
    }
}
