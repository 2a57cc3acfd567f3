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
 * {@code mvn -q test-compile && java -cp target/classes:target/test-classes:$(cat cp.txt) newsgen.site.SeedArchiveDemo /tmp/demo-site}.
 */
public final class SeedArchiveDemo {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/demo-site");
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
