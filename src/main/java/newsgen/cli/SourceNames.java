package newsgen.cli;

import newsgen.model.ArticleRecord;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Names each article file relative to the folder it was found in, so a published record says
 * "2023/pact.md" and never the build machine's own path ("/home/me/news/articles/2023/pact.md").
 * A file given by itself is named by its file name.
 */
final class SourceNames {
    private final List<Path> folders;

    SourceNames(List<Path> paths) {
        this.folders = paths.stream().filter(Files::isDirectory).map(p -> p.toAbsolutePath().normalize()).toList();
    }

    String name(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path best = null;
        for (Path folder : folders) {
            if (absolute.startsWith(folder) && (best == null || folder.getNameCount() > best.getNameCount())) {
                best = folder;
            }
        }
        Path relative = best == null ? absolute.getFileName() : best.relativize(absolute);
        return relative.toString().replace('\\', '/');
    }

    /** The record with its file named relative to its folder. */
    ArticleRecord relative(ArticleRecord r, Path file) {
        if (file == null) {
            return r;
        }
        return new ArticleRecord(name(file), r.slug(), r.title(), r.outlet(), r.url(), r.date(), r.place(), r.places(),
                r.actors(), r.quotes(), r.dates());
    }
}
