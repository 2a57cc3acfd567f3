package newsgen.cli;

import newsgen.model.Problem;
import newsgen.model.RecordJson;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code gen extract}'s work, and the way to it without the command-line library when the command line is only
 * {@code extract} and folders or files that exist (how the command is run over a corpus).
 *
 * <p>Why: picocli builds its model of gen and of the command by reflection (annotations read through proxies, help
 * texts, a version provider) before it parses anything: ~50 CPU-ms and the compiling of its code, a fixed cost of
 * every {@code gen extract} that did nothing for a command line with no option to read. Anything else (an option,
 * {@code --}, an {@code @file}, a path that does not exist, no path and no {@code articles} folder) still goes to
 * picocli, which reads it and reports its errors as before; both ways run {@link #run} with the same streams.
 */
final class PlainExtract {
    private PlainExtract() {
    }

    /** The paths of a command line that is {@code extract} and existing paths only, or null when picocli must read it. */
    static List<Path> paths(String[] args) {
        if (args.length == 0 || !"extract".equals(args[0])) {
            return null;
        }
        List<Path> paths = new ArrayList<>();
        try {
            for (int i = 1; i < args.length; i++) {
                String a = args[i];
                if (a.isEmpty() || a.startsWith("-") || a.startsWith("@")) {
                    return null;
                }
                paths.add(Path.of(a));
            }
        } catch (InvalidPathException e) {
            return null;
        }
        if (paths.isEmpty()) {
            paths.add(Path.of(ExtractCommand.DEFAULT_FOLDER));
        }
        for (Path p : paths) {
            if (!Files.exists(p)) {
                return null;
            }
        }
        return paths;
    }

    /** Runs {@code gen extract} on these paths, printing as picocli's default streams would; returns the exit code. */
    static int run(List<Path> paths) {
        PrintWriter out = writer(System.out, "sun.stdout.encoding");
        PrintWriter err = writer(System.err, "sun.stderr.encoding");
        try {
            return run(paths, out, err);
        } catch (RuntimeException e) {
            // as picocli reports a command's failure: its stack trace, exit code 1
            e.printStackTrace(err);
            err.flush();
            return 1;
        }
    }

    /** The records of the articles as one JSON array on {@code out}; problems on {@code err}. */
    static int run(List<Path> paths, PrintWriter out, PrintWriter err) {
        // Each record is written as JSON by the thread that extracted it, and printed as soon as the records before
        // it are: the whole array held at once was an OutOfMemoryError on 10,164 articles in gen's 800 MB heap.
        boolean[] any = {false};
        List<Problem> errors = Pipeline.extractEach(paths, err, r -> WRITERS.get().reset().record(r).copy(), json -> {
            out.write(any[0] ? ", " : "[ ");
            out.write(json, 0, json.length);
            any[0] = true;
        });
        out.write(any[0] ? " ]" : "[ ]");
        out.println();
        out.flush();
        return errors.isEmpty() ? 0 : 1;
    }

    /** Room for the JSON of a typical record (real articles: ~9,000 characters). */
    private static final int RECORD_CHARS = 16_384;
    /**
     * Each extracting thread's writer, its array kept from record to record; a record leaves as a copy of just its
     * length. A new writer for each record was an array of {@link #RECORD_CHARS} each, ~9% of the bytes
     * {@code gen extract} allocated on 10,164 real articles (JFR), about twice what the records hold.
     */
    private static final ThreadLocal<RecordJson> WRITERS = ThreadLocal.withInitial(() -> new RecordJson(RECORD_CHARS));

    /** The writer picocli makes for a standard stream: its encoding property, else the default, buffered, autoflush. */
    private static PrintWriter writer(OutputStream stream, String encodingProperty) {
        String name = System.getProperty(encodingProperty);
        Charset charset = Charset.defaultCharset();
        if (name != null) {
            try {
                charset = Charset.forName("cp65001".equalsIgnoreCase(name) ? "UTF-8" : name);
            } catch (IllegalArgumentException e) {
                // picocli too falls back to the default for an encoding it cannot use
            }
        }
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, charset)), true);
    }
}
