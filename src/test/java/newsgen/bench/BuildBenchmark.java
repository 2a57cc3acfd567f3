package newsgen.bench;

import newsgen.cli.Gen;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Times whole builds of generated archives of growing size and prints articles per second, so the per-article
 * rate can be compared across sizes (linear work gives a flat rate). Not a unit test: run it with
 * {@code mvn -q test-compile exec:java} or
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) newsgen.bench.BuildBenchmark 500 2000}.
 */
public final class BuildBenchmark {
    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0 ? new int[]{500, 2000} : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        Path tmp = Files.createTempDirectory("newsgen-bench");
        // One small warm-up build so JIT compilation is not charged to the first size.
        SyntheticArchive.write(tmp.resolve("warm"), 200, 1);
        Gen.run("build", "--articles", tmp.resolve("warm").toString(), "--out", tmp.resolve("warm-site").toString());
        for (int size : sizes) {
            Path articles = tmp.resolve("a" + size);
            SyntheticArchive.write(articles, size, size);
            long start = System.nanoTime();
            int code = Gen.run("build", "--articles", articles.toString(), "--out", tmp.resolve("s" + size).toString());
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "%6d articles: %.2f s, %.0f articles/s, %.2f ms/article (exit %d, %d cores)%n",
                    size, seconds, size / seconds, 1000 * seconds / size, code, Runtime.getRuntime().availableProcessors());
        }
    }
}
