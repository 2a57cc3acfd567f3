package newsgen.extract;

/** A run of capitalised words in its paragraph. */
record RunAt(ArticleText.Para para, NameRuns.Run run, String[] folded) {
    RunAt(ArticleText.Para para, NameRuns.Run run) {
        this(para, run, new String[1]);
    }

    /** The run's words folded, made on first use and kept: the passes over the runs ask it again and again. */
    String key() {
        String k = folded[0];
        if (k == null) {
            k = Slugs.fold(para.surface(run.from(), run.to()));
            folded[0] = k;
        }
        return k;
    }
}
