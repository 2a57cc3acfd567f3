package newsgen.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.nio.file.Files;
import java.nio.file.Path;

/** Prints the record of one plain-text file as JSON (a tool for working on the rules, not a test). */
public final class DumpFile {
    public static void main(String[] args) throws Exception {
        Path f = Path.of(args[0]);
        var r = new Extractor().extractStrict(Articles.plain(f.getFileName().toString(), Files.readString(f), Articles.PUB));
        System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(r));
    }
}
