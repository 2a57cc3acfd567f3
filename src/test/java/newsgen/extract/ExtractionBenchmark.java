package newsgen.extract;

import newsgen.model.Article;
import newsgen.model.Paragraph;
import newsgen.model.ParagraphKind;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Articles extracted per second on one thread, for ~700-word articles built from the seed texts. Not a unit test:
 * run with {@code java -cp target/classes:target/test-classes:<deps> newsgen.extract.ExtractionBenchmark [seconds]}.
 */
public final class ExtractionBenchmark {
    public static void main(String[] args) throws IOException {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        List<String> paragraphs = new ArrayList<>();
        for (String stem : List.of("000_2881434f48805f6b", "004_04b3bcb1fc385159")) {
            try (InputStream in = ExtractionBenchmark.class.getResourceAsStream("/seeds/" + stem + ".txt")) {
                for (String p : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\n\\s*\\n")) {
                    paragraphs.add(p.strip());
                }
            }
        }
        List<Article> articles = new ArrayList<>();
        int words = 0;
        for (int a = 0; a < 64; a++) {
            List<Paragraph> ps = new ArrayList<>();
            int count = 0;
            for (int i = 0; count < 700; i++) {
                String text = paragraphs.get((a * 7 + i * 3) % paragraphs.size());
                ps.add(new Paragraph(ps.size() + 1, text.contains("Photo:") ? ParagraphKind.CAPTION : ParagraphKind.BODY,
                        text, text, i));
                count += text.split("\\s+").length;
            }
            words += count;
            articles.add(new Article(Path.of("b" + a + ".txt"), "b" + a, "B", null, null, Articles.PUB, ps));
        }
        Extractor x = new Extractor();
        long sink = 0;
        long warmEnd = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < warmEnd) {
            for (Article a : articles) {
                sink += x.extract(a).actors().size();
            }
        }
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        long done = 0;
        while (System.nanoTime() < end) {
            for (Article a : articles) {
                sink += x.extract(a).quotes().size();
                done++;
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        // CPU time is what one core spent: on a shared machine the wall-clock figure also counts time waiting for a core
        System.out.printf("%d articles of ~%d words on one thread: %.0f articles/s per core (%.1f s CPU), %.0f articles/s"
                + " wall clock (%.1f s) (sink %d)%n", done, words / articles.size(), done / cpu, cpu, done / elapsed, elapsed, sink);
    }
}
