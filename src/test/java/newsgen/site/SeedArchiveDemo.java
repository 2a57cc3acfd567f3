package newsgen.site;

import newsgen.archive.ArchiveBuilder;
import newsgen.archive.SeedRecords;
import newsgen.content.ArticleLoader;
import newsgen.model.ArchivedArticle;
import newsgen.model.Article;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds the seed site from hand-made records into a folder, for looking at before the extractor lands:
 * {@code mvn -q test-compile && java -cp target/classes:target/test-classes:$(cat cp.txt) newsgen.site.SeedArchiveDemo /tmp/demo-site}
 * (add a number of articles after the folder to build a generated archive of that size instead).
 */
public final class SeedArchiveDemo {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/demo-site");
        if (args.length > 1) {
            // A generated archive of that many articles instead of the seeds, to look at long, paginated lists.
            var generated = newsgen.archive.GeneratedArticles.generate(Integer.parseInt(args[1]), 5);
            new SiteBuilder().build(new ArchiveBuilder().build(generated), new SiteBuilder.Options(Path.of("templates"), out, true, "Generated archive"));
            System.out.println("wrote " + out);
            return;
        }
        Map<String, ArchivedArticle> records = SeedRecords.both().stream().collect(Collectors.toMap(a -> a.record().slug(), a -> a));
        List<ArchivedArticle> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("articles"))) {
            for (Path file : files.sorted().toList()) {
                Article article = new ArticleLoader().load(file);
                articles.add(new ArchivedArticle(article, records.get(article.slug()).record()));
            }
        }
        new SiteBuilder().build(new ArchiveBuilder().build(articles), new SiteBuilder.Options(Path.of("templates"), out, true, "News archive"));
        System.out.println("wrote " + out);
    }
}
