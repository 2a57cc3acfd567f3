package newsgen.archive;

import newsgen.model.Archive;
import newsgen.model.ArchivedArticle;

import java.util.List;

/**
 * Measures the archive step on generated archives of growing size and prints the time per 1,000 articles and the
 * story comparisons per article: both should stay flat as the archive grows.
 * Run: {@code mvn -q test-compile && java -cp target/classes:target/test-classes:CLASSPATH newsgen.archive.ArchiveScaling 1000 10000}
 */
public final class ArchiveScaling {
    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {1000, 10000} : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        // Warm the JIT so the first size is not charged for compiling the code.
        for (int i = 0; i < 3; i++) {
            new ArchiveBuilder().build(GeneratedArticles.generate(2000, 99));
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        System.out.println("articles  wall ms  wall ms/1000  cpu ms/1000  comparisons/article  stories  people  timeline");
        for (int size : sizes) {
            List<ArchivedArticle> articles = GeneratedArticles.generate(size, 7);
            long best = Long.MAX_VALUE;
            long bestCpu = Long.MAX_VALUE;
            Archive archive = null;
            ArchiveBuilder builder = null;
            for (int run = 0; run < 5; run++) {
                builder = new ArchiveBuilder();
                System.gc();
                long t0 = System.nanoTime();
                long c0 = threads.getCurrentThreadCpuTime();
                archive = builder.build(articles);
                bestCpu = Math.min(bestCpu, (threads.getCurrentThreadCpuTime() - c0) / 1_000_000);
                best = Math.min(best, (System.nanoTime() - t0) / 1_000_000);
            }
            System.out.printf("%8d %8d %13.1f %12.1f %20.1f %8d %7d %9d%n", size, best, best * 1000.0 / size, bestCpu * 1000.0 / size,
                    (double) builder.storyComparisons() / size, archive.stories().size(), archive.people().size(), archive.timeline().size());
        }
    }
}
