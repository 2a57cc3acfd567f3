package newsgen.cli;

import newsgen.cache.CodeVersion;
import newsgen.cache.Fingerprint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * One fingerprint over everything a build's output depends on: gen's code, the options, every article file, the
 * templates folder and the editor's entities file. Two builds with the same fingerprint make the same site.
 */
final class BuildInputs {
    private BuildInputs() {
    }

    static String fingerprint(CachedArticles articles, Path out, Path templates, Path entities, List<String> options) {
        Fingerprint f = new Fingerprint().add(CodeVersion.current())
                .add(out.toAbsolutePath().normalize().toString())
                .add(Locale.getDefault().toLanguageTag()).add(Charset.defaultCharset().name());
        f.add(options.size());
        options.forEach(f::add);
        articles.addTo(f);
        addFolder(f, templates);
        addFile(f, entities);
        return f.hex();
    }

    private static void addFolder(Fingerprint f, Path folder) {
        f.add(folder == null ? null : folder.toAbsolutePath().normalize().toString());
        if (folder == null || !Files.isDirectory(folder)) {
            f.add("no folder");
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                f.add(folder.relativize(file).toString()).add(Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void addFile(Fingerprint f, Path file) {
        f.add(file == null ? null : file.toAbsolutePath().normalize().toString());
        try {
            f.add(file != null && Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0]).add(file != null && Files.isRegularFile(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
