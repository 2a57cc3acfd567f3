package newsgen.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where a build's time went, stage by stage, for {@code --timings}: each stage's wall time as the build saw it, and
 * the time its tasks took summed over every thread (more than the wall when both cores worked), and the CPU time
 * the whole process spent while the stage ran (collector and compiler threads included: on a shared, loaded machine
 * the wall time says little, the CPU time still says what the stage costs). Thread-safe; a build that does not ask
 * for timings uses {@link #OFF}, which records nothing.
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
    /** The process's CPU time when the last stage's wall time was reported: stages run one after the other. */
    private long cpuMark = cpu();

    /** The clock the stages read; one place, so a stage's start and end always come from the same source. */
    public static long now() {
        return System.nanoTime();
    }

    /** Adds wall time to a stage (the time the build waited for it). */
    public void wall(String stage, long nanos) {
        counters(stage)[0].addAndGet(nanos);
        long cpu = cpu();
        synchronized (this) {
            counters(stage)[2].addAndGet(cpu - cpuMark);
            cpuMark = cpu;
        }
    }

    /** CPU time of the whole process so far, in nanoseconds; 0 where the JVM cannot tell. */
    static long cpu() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }

    /** Adds the time one task of a stage took on its thread. */
    public void work(String stage, long nanos) {
        counters(stage)[1].addAndGet(nanos);
    }

    private synchronized AtomicLong[] counters(String stage) {
        return stages.computeIfAbsent(stage, s -> new AtomicLong[] {new AtomicLong(), new AtomicLong(), new AtomicLong()});
    }

    /** One line per stage, in the order the stages first reported: name, wall seconds, process CPU seconds, summed task seconds. */
    public synchronized List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, AtomicLong[]> e : stages.entrySet()) {
            long wall = e.getValue()[0].get();
            long work = e.getValue()[1].get();
            String shown = wall == 0 ? " ".repeat(26) : String.format(Locale.ROOT, "%7.2f s wall %6.2f s CPU", wall / 1e9,
                    e.getValue()[2].get() / 1e9);
            lines.add(String.format(Locale.ROOT, "%-8s %s%s", e.getKey(), shown,
                    work == 0 ? "" : String.format(Locale.ROOT, "  %7.2f s in tasks", work / 1e9)).stripTrailing());
        }
        return lines;
    }
}
