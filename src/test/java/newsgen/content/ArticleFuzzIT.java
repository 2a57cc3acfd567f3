package newsgen.content;

import com.code_intelligence.jazzer.junit.FuzzTest;
import newsgen.extract.Extractor;
import newsgen.model.Article;
import newsgen.model.Paragraph;
import newsgen.model.ProblemException;
import newsgen.model.Slug;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Any bytes at all, read as an article file and then extracted: the only way out is an article or a
 * {@link ProblemException} naming the file; never another exception, never a hang.
 *
 * <p>In {@code mvn verify} this fuzzes for {@code maxDuration} (failsafe sets {@code JAZZER_FUZZ}); without that
 * variable it replays the hand-written inputs in {@code ArticleFuzzITInputs/loadAndExtract/} and any finding
 * saved there.
 */
class ArticleFuzzIT {
    /**
     * One input may take this much CPU at most; far more than any real article of the fuzzer's size needs. CPU time
     * of the worker thread, not the clock: on a shared machine (load 20 on 2 cores) a 3 KB input waited 18 s.
     */
    private static final long SLOW_NANOS = 10_000_000_000L;
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    /** The default stack of a thread on 64-bit Linux, as the ForkJoin workers that load articles have. */
    private static final long WORKER_STACK = 1024 * 1024;

    private static final ArticleLoader LOADER = new ArticleLoader();
    private static final ArticleLoader LOADER_HTML = new ArticleLoader(true);
    private static final Extractor EXTRACTOR = new Extractor();
    private static Path dir;

    @BeforeAll
    static void folder() throws IOException {
        dir = Files.createTempDirectory("newsgen-fuzz");
    }

    @AfterAll
    static void cleanUp() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /**
     * One load and one extraction per input (the fuzzer's speed is its strength): the input's length picks the
     * file kind (Markdown or plain text) and whether raw HTML is allowed, so every path is reached.
     */
    @FuzzTest(maxDuration = "45s")
    void loadAndExtract(byte[] input) throws IOException {
        boolean markdown = input.length % 2 == 0;
        ArticleLoader loader = markdown && input.length % 3 == 0 ? LOADER_HTML : LOADER;
        Path file = Files.write(dir.resolve(markdown ? "fuzz.md" : "fuzz.txt"), input);
        Throwable[] failure = new Throwable[1];
        // On a stack the size of a worker thread's, where the build reads articles (the test thread's is larger).
        Thread worker = new Thread(null, () -> {
            try {
                check(loader, file);
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "fuzz-worker", WORKER_STACK);
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (failure[0] instanceof Error error) {
            throw error;
        }
        if (failure[0] instanceof RuntimeException runtime) {
            throw runtime;
        }
    }

    private static void check(ArticleLoader loader, Path file) {
        long start = THREADS.getCurrentThreadCpuTime();
        Article article;
        try {
            article = loader.load(file);
        } catch (ProblemException e) {
            assertFalse(e.problems().isEmpty());
            e.problems().forEach(p -> assertTrue(p.file().endsWith(file.getFileName().toString()), p.toString()));
            return;
        }
        assertTrue(Slug.isValid(article.slug()), article.slug());
        assertNotNull(article.title());
        assertFalse(article.paragraphs().isEmpty());
        for (Paragraph p : article.paragraphs()) {
            assertNotNull(p.html());
            if (loader == LOADER) {
                assertFalse(p.html().contains("<script") || p.html().contains("<iframe"), p.html());
            }
            assertFalse(p.html().toLowerCase(java.util.Locale.ROOT).contains("href=\"javascript:"), p.html());
        }
        assertNotNull(EXTRACTOR.extract(article));
        long used = THREADS.getCurrentThreadCpuTime() - start;
        assertTrue(used < SLOW_NANOS, "took " + used / 1_000_000 + " ms of CPU");
    }
}
