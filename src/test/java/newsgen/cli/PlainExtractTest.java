package newsgen.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PlainExtractTest {
    @TempDir
    Path dir;

    @Test
    void onlyExistingPathsSkipPicocli() {
        String folder = dir.toString();
        assertEquals(List.of(dir), PlainExtract.paths(new String[]{"extract", folder}));
        assertNull(PlainExtract.paths(new String[]{"extract", folder, "--allow-html"}));
        assertNull(PlainExtract.paths(new String[]{"extract", "--", folder}));
        assertNull(PlainExtract.paths(new String[]{"extract", "@" + folder}));
        assertNull(PlainExtract.paths(new String[]{"extract", dir.resolve("missing").toString()}));
        assertNull(PlainExtract.paths(new String[]{"build", folder}));
        assertNull(PlainExtract.paths(new String[0]));
    }

    @Test
    void printsWhatPicocliRunPrints() throws Exception {
        Files.writeString(dir.resolve("a.md"), "---\ntitle: Storm hits coast\ndate: 2024-03-01\n---\n\n"
                + "LISBON - A storm hit the coast on Friday, officials said.\n");
        StringWriter viaPicocli = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Gen.run(new PrintWriter(viaPicocli), new PrintWriter(err), "extract", dir.toString());
        StringWriter direct = new StringWriter();
        int plainCode = PlainExtract.run(PlainExtract.paths(new String[]{"extract", dir.toString()}),
                new PrintWriter(direct), new PrintWriter(new StringWriter()));
        assertEquals(code, plainCode);
        assertEquals(viaPicocli.toString(), direct.toString());
        assertEquals(true, direct.toString().startsWith("[ {"), direct.toString());
    }
}
