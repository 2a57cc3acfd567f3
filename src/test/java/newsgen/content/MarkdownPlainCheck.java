package newsgen.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Checks the plain-paragraph short cut against flexmark on every paragraph of a folder of Markdown files (the
 * benchmark corpus: 10,164 real articles). Prints the paragraphs compared and every difference.
 * Run: {@code java -cp target/classes:target/test-classes:CLASSPATH newsgen.content.MarkdownPlainCheck DIR}
 */
public final class MarkdownPlainCheck {
    public static void main(String[] args) throws Exception {
        long same = 0;
        long differ = 0;
        long other = 0;
        try (Stream<Path> files = Files.walk(Path.of(args[0]))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                for (String[] block : MarkdownBodyTest.both(Files.readString(file))) {
                    if (block[0] == null) {
                        other++;
                    } else if (block[0].equals(block[1])) {
                        same++;
                    } else {
                        differ++;
                        System.out.println(file + "\n  short cut: " + block[0] + "  flexmark:  " + block[1]);
                    }
                }
            }
        }
        System.out.println(same + " plain paragraphs identical, " + differ + " different, " + other + " other blocks");
        System.exit(differ == 0 ? 0 : 1);
    }
}
