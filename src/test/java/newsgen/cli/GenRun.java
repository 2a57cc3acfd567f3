package newsgen.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of gen as a user would make it, with what it printed. */
record GenRun(int code, String out, String err) {
    static GenRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Gen.run(new PrintWriter(out), new PrintWriter(err), args);
        return new GenRun(code, out.toString(), err.toString());
    }

    /** The error lines, without the closing "build failed" summary. */
    java.util.List<String> errors() {
        return err.lines().filter(l -> l.startsWith("error: ")).toList();
    }

    java.util.List<String> warnings() {
        return err.lines().filter(l -> l.startsWith("warning: ")).toList();
    }
}
