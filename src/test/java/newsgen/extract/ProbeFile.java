package newsgen.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A file of probes (speaker-probes.txt, people-probes.txt …): comment lines first, then cases separated by a line
 * "===", each a first line "EXPECT: spec" or "OPEN: spec" (a known miss) and an article. What the spec says is the
 * reading test's own.
 */
final class ProbeFile {
    /** One case: its number in the file, whether it is a known miss, the spec after the colon, its article. */
    record Case(int index, boolean open, String spec, String text) {
    }

    private ProbeFile() {
    }

    static List<Case> read(String resource) throws IOException {
        String all;
        try (InputStream in = ProbeFile.class.getResourceAsStream(resource)) {
            all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // the header's comment lines come before the first case
        StringBuilder body = new StringBuilder();
        for (String line : all.split("\n", -1)) {
            if (body.length() > 0 || !line.startsWith("#")) {
                body.append(line).append('\n');
            }
        }
        List<Case> cases = new ArrayList<>();
        for (String block : body.toString().split("\n===\n")) {
            String b = block.strip();
            if (b.isEmpty()) {
                continue;
            }
            int nl = b.indexOf('\n');
            String head = b.substring(0, nl);
            boolean open = head.startsWith("OPEN:");
            assertTrue(open || head.startsWith("EXPECT:"), "a case opens with EXPECT: or OPEN:, not " + head);
            cases.add(new Case(cases.size(), open, head.substring(head.indexOf(':') + 1), b.substring(nl + 1).strip()));
        }
        return cases;
    }
}
