package newsgen.cli;

import java.io.PrintWriter;

/** Tells the user what a long build is doing; small archives build in well under a second and stay quiet. */
final class Progress {
    /** Below this many articles a build takes under a second, so phases are not announced. */
    static final int ANNOUNCE_FROM = 300;

    private Progress() {
    }

    static void phase(PrintWriter err, int articles, String what) {
        if (articles >= ANNOUNCE_FROM) {
            err.println(what + "…");
            err.flush();
        }
    }
}
