package newsgen.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where a build's time went, stage by stage, for {@code --timings}: each stage's wall time as the build saw it, and
 * the time its tasks took summed over every thread (more than the wall when both cores worked). Thread-safe; a
 * build that does not ask for timings uses {@link #OFF}, which records nothing.
 */
public class Timings {
    /** Records nothing. */
    public static final Timings OFF = new Timings() {
        @Override
        public void wall(String stage, long nanos) {
        }

        @Override
        public void work(String stage, long nanos) {
        }
    };

    private final Map<String, AtomicLong[]> stages = new LinkedHashMap<>();

    /** The clock the stages read; one place, so a stage's start and end always come from the same source. */
    public static long now() {
        return System.nanoTime();
    }

    /** Adds wall time to a stage (the time the build waited for it). */
    public void wall(String stage, long nanos) {
        counters(stage)[0].addAndGet(nanos);
    }

    /** Adds the time one task of a stage took on its thread. */
    public void work(String stage, long nanos) {
        counters(stage)[1].addAndGet(nanos);
    }

    private synchronized AtomicLong[] counters(String stage) {
        return stages.computeIfAbsent(stage, s -> new AtomicLong[] {new AtomicLong(), new AtomicLong()});
    }

    /** One line per stage, in the order the stages first reported: name, wall seconds, summed task seconds. */
    public synchronized List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, AtomicLong[]> e : stages.entrySet()) {
            long wall = e.getValue()[0].get();
            long work = e.getValue()[1].get();
            String shown = wall == 0 ? " ".repeat(14) : String.format(Locale.ROOT, "%7.2f s wall", wall / 1e9);
            lines.add(String.format(Locale.ROOT, "%-8s %s%s", e.getKey(), shown,
                    work == 0 ? "" : String.format(Locale.ROOT, "  %7.2f s in tasks", work / 1e9)).stripTrailing());
        }
        return lines;
    }
}
