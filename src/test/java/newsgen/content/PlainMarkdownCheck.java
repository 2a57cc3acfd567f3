package newsgen.content;

import newsgen.model.Paragraph;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Checks the short cut for bodies without markup ({@link PlainMarkdown}) against flexmark on every Markdown file under
 * the given folders (the benchmark corpus: 10,164 real articles): the same paragraphs, kinds, texts and lines. Prints the
 * files compared and every difference.
 * Run: {@code java -cp target/classes:target/test-classes:CLASSPATH newsgen.content.PlainMarkdownCheck DIR...}
 */
public final class PlainMarkdownCheck {
    public static void main(String[] args) throws Exception {
        MarkdownBody flexmark = new MarkdownBody(false, true);
        MarkdownBody textOnly = new MarkdownBody(false, false);
        long plain = 0;
        long other = 0;
        long differ = 0;
        for (String root : args) {
          try (Stream<Path> files = Files.walk(Path.of(root))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p)).sorted().toList()) {
                String text = Mojibake.repair(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)
                        .replace("\r\n", "\n").replace('\r', '\n')).text();
                FrontMatter front;
                try {
                    front = FrontMatter.parse(file.toString(), text);
                } catch (RuntimeException notAnArticle) {
                    continue;
                }
                if (PlainMarkdown.blocks(front.body()) == null) {
                    other++;
                    continue;
                }
                plain++;
                String expected = describe(flexmark.parse(front.body(), front.bodyStart()));
                String actual = describe(textOnly.parse(front.body(), front.bodyStart()));
                if (!expected.equals(actual)) {
                    differ++;
                    System.out.println(file + "\n  short cut: " + actual + "\n  flexmark:  " + expected);
                }
            }
          }
        }
        System.out.println(plain + " bodies without markup (" + differ + " read differently), " + other + " read by flexmark");
        System.exit(differ == 0 ? 0 : 1);
    }

    /** What extraction reads of the paragraphs: all but their HTML. */
    static String describe(List<Paragraph> paragraphs) {
        StringBuilder out = new StringBuilder();
        for (Paragraph p : paragraphs) {
            out.append(p.index()).append(' ').append(p.kind()).append(' ').append(p.line()).append(' ').append(p.text()).append('\n');
        }
        return out.toString();
    }
}
