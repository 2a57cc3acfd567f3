package newsgen.cli;

import java.util.Optional;

/**
 * gen.jar's entry point. It only decides whether gen runs in a JVM of its own ({@link Launcher}) and then hands over
 * to {@link Gen}: it refers to no command-line library, lambda or string concatenation, so the JVM that only starts
 * the other one (every {@code java -jar gen.jar}) loads and links as few classes as it can.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Optional<Integer> code = Launcher.relaunch(args);
        if (code.isPresent()) {
            System.exit(code.get());
        }
        Warmup.start(args);
        // 'gen extract' and existing paths, as a corpus is extracted: nothing for picocli to read (see PlainExtract)
        java.util.List<java.nio.file.Path> plain = PlainExtract.paths(args);
        System.exit(plain != null ? PlainExtract.run(plain) : Gen.run(args));
    }
}
