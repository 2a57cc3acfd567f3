package newsgen.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** The error stream, remembering the warnings printed on it, so a build that is skipped can show them again. */
final class WarningLog extends PrintWriter {
    private final List<String> warnings = new ArrayList<>();

    WarningLog(PrintWriter err) {
        super(err, true);
    }

    @Override
    public void println(String line) {
        if (line != null && line.startsWith("warning: ")) {
            synchronized (warnings) {
                warnings.add(line);
            }
        }
        super.println(line);
    }

    List<String> warnings() {
        synchronized (warnings) {
            return List.copyOf(warnings);
        }
    }
}
