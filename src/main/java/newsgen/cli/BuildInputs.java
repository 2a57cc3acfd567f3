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
        f.addFolder(templates);
        addFile(f, entities);
        return f.hex();
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
