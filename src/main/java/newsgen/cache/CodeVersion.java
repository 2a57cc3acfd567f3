package newsgen.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Which gen this is, as far as its output goes: a fingerprint of gen's code and resources (gazetteers, word lists,
 * built-in templates, the libraries packed with it) and of the Java runtime. A version number alone would not do:
 * a gen built from changed rules keeps the number, and a cache it trusted would give the old rules' records.
 *
 * <p>From {@code gen.jar}, the fingerprint reads the jar's directory (each entry's name, size and CRC), which costs
 * milliseconds; from a folder of classes (tests, an IDE), it reads the files themselves.
 */
public final class CodeVersion {
    private static volatile String current;

    private CodeVersion() {
    }

    /** The fingerprint of the running gen, worked out once per process. */
    public static String current() {
        String v = current;
        if (v == null) {
            v = compute();
            current = v;
        }
        return v;
    }

    private static String compute() {
        Fingerprint f = new Fingerprint().add(version()).add(Runtime.version().toString());
        try {
            Path code = Path.of(CodeVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                try (ZipFile jar = new ZipFile(code.toFile())) {
                    Enumeration<? extends ZipEntry> entries = jar.entries();
                    while (entries.hasMoreElements()) {
                        ZipEntry e = entries.nextElement();
                        f.add(e.getName()).add(e.getSize()).add(e.getCrc());
                    }
                }
            } else {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(code)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path file : files) {
                    f.add(code.relativize(file).toString()).add(Files.readAllBytes(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | RuntimeException e) {
            // Code from somewhere we cannot read (a custom class loader): a fingerprint no other process shares, so
            // nothing cached is ever trusted.
            f.add("unreadable code source " + System.nanoTime() + " " + ProcessHandle.current().pid());
        }
        return f.hex();
    }

    private static String version() {
        Properties p = new Properties();
        try (InputStream in = CodeVersion.class.getResourceAsStream("/newsgen/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version", "unknown");
    }
}
