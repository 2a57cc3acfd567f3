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
        // rounds of a few seconds each: on a shared machine the best round is the closest to what one free core does
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        List<Double> rates = new ArrayList<>();
        long done = 0;
        double cpuTotal = 0;
        long wallStart = System.nanoTime();
        for (int round = 0; round < Math.max(1, (int) (seconds / 3)); round++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long end = System.nanoTime() + 3_000_000_000L;
            long n = 0;
            while (System.nanoTime() < end) {
                for (Article a : articles) {
                    sink += x.extract(a).quotes().size();
                    n++;
                }
            }
            double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            rates.add(n / cpu);
            done += n;
            cpuTotal += cpu;
        }
        double wall = (System.nanoTime() - wallStart) / 1e9;
        rates.sort(null);
        // CPU time is what this thread spent on a core; the wall-clock figure also counts time spent waiting for one
        System.out.printf("%d articles of ~%d words on one thread: %.0f articles/s per core overall (%.1f s CPU),"
                        + " best round %.0f, median round %.0f; %.0f articles/s wall clock (sink %d)%n",
                done, words / articles.size(), done / cpuTotal, cpuTotal, rates.get(rates.size() - 1),
                rates.get(rates.size() / 2), done / wall, sink);
    }
}
