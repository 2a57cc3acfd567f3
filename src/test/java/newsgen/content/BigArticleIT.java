package newsgen.content;

import newsgen.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An article far longer than any real one still loads; the timeout only guards against a hang. */
class BigArticleIT {
    @TempDir
    Path dir;

    @Test
    void fiveMegabyteArticleLoads() throws IOException {
        String paragraph = "The council met again on Tuesday and said \"nothing\" about the budget, officials said. ".repeat(60) + "\n\n";
        StringBuilder text = new StringBuilder("---\ntitle: Long\n---\n\n");
        while (text.length() < 5_000_000) {
            text.append(paragraph);
        }
        Path file = Files.writeString(dir.resolve("long.md"), text.toString());
        Article a = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> new ArticleLoader().load(file));
        assertTrue(a.paragraphs().size() > 900);
    }
}
