package newsgen.content;

import newsgen.model.Article;
import newsgen.model.Problem;
import newsgen.model.ProblemException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds the article files under the given paths and loads them in parallel, in path order. */
public final class ArticleSource {
    private final ArticleLoader loader;

    public ArticleSource(ArticleLoader loader) {
        this.loader = loader;
    }

    /** What loading found: the articles that loaded, and one problem per file that did not. */
    public record Loaded(List<Article> articles, List<Problem> errors, List<Problem> warnings) {
    }

    /** Article files under the paths (files as given, folders walked), sorted by path so output never depends on the file system. */
    public static List<Path> files(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try {
                    Files.walkFileTree(path, new Walk(path, files));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                files.add(path);
            }
        }
        files.sort(null);
        return files;
    }

    /**
     * Collects the article files under a folder, leaving out hidden files and whatever is in a hidden folder, and
     * taking a link to a regular file as that file (links to folders are not followed). A file visitor, since it is
     * given each file's attributes: a stream of paths asked for them again file by file and took the relative path
     * of each to look for hidden parts, ~3% of {@code gen extract}'s CPU on 10,164 articles (JFR).
     */
    private static final class Walk extends SimpleFileVisitor<Path> {
        private final Path root;
        private final List<Path> files;

        Walk(Path root, List<Path> files) {
            this.root = root;
            this.files = files;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
            return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            if ((attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(file))
                    && !hidden(file) && ArticleLoader.isArticle(file)) {
                files.add(file);
            }
            return FileVisitResult.CONTINUE;
        }
    }

    private static boolean hidden(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    public Loaded load(List<Path> files) {
        return collect(files.parallelStream().map(this::loadOne).toList());
    }

    /**
     * Gathers loading results in path order: each an {@link ArticleLoader.Read}, or the {@link ProblemException}
     * that stopped a file (as {@link #loadOne} gives them). A slug already taken by an earlier file is that file's error.
     */
    public static Loaded collect(List<Object> results) {
        List<Article> articles = new ArrayList<>();
        List<Problem> errors = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        Map<String, Article> bySlug = new HashMap<>();
        for (Object result : results) {
            if (result instanceof ProblemException e) {
                errors.addAll(e.problems());
                continue;
            }
            ArticleLoader.Read read = (ArticleLoader.Read) result;
            Article article = read.article();
            Article earlier = bySlug.putIfAbsent(article.slug(), article);
            if (earlier != null) {
                errors.add(slugTaken(article, earlier.file()));
                continue;
            }
            warnings.addAll(read.warnings());
            articles.add(article);
        }
        return new Loaded(List.copyOf(articles), List.copyOf(errors), List.copyOf(warnings));
    }

    /** The error of an article whose slug the earlier file already has. */
    public static Problem slugTaken(Article article, Path earlier) {
        return new Problem(article.file().toString().replace('\\', '/'), 0, "slug '" + article.slug() + "' is already used by "
                + earlier.toString().replace('\\', '/') + "; give one of them another 'slug' in its front matter");
    }

    /** One file: its {@link ArticleLoader.Read}, or the {@link ProblemException} that says why it cannot be read. */
    public Object loadOne(Path file) {
        try {
            return loader.read(file);
        } catch (ProblemException e) {
            return e;
        } catch (StackOverflowError e) {
            return new ProblemException(new Problem(file.toString().replace('\\', '/'), 0,
                    "its Markdown is nested too deeply for gen to read (stack overflow)"));
        } catch (RuntimeException e) {
            // A fault of gen's, not of the article; still named per file so one odd article cannot sink the others unseen.
            return new ProblemException(new Problem(file.toString().replace('\\', '/'), 0,
                    "could not be read (" + e.getClass().getSimpleName() + "); please report this as a bug in gen"));
        }
    }
}
