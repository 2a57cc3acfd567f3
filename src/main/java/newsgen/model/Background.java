package newsgen.model;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Work on a thread of its own, overlapping a stage, whose failure is thrown again where it is awaited: a plain
 * thread's exception would only be printed, and the build would go on as if the work were done.
 */
public final class Background<T> {
    private final FutureTask<T> task;
    private final Thread thread;

    private Background(String name, Callable<T> work) {
        this.task = new FutureTask<>(work);
        this.thread = new Thread(task, name);
    }

    /** Starts the work on a new thread of this name. */
    public static <T> Background<T> start(String name, Callable<T> work) {
        Background<T> background = new Background<>(name, work);
        background.thread.start();
        return background;
    }

    /** The work's value once it has finished, or the failure it ended with, as thrown in it. */
    public T await() {
        join();
        try {
            return task.get();
        } catch (InterruptedException e) {
            throw new IllegalStateException("unreachable: the task had finished", e);
        } catch (ExecutionException e) {
            throw rethrown(e);
        }
    }

    /**
     * What a task threw, to be thrown again as it was: a {@link RuntimeException} is returned for the caller to throw,
     * an {@link Error} is thrown here, a checked exception is wrapped.
     */
    public static RuntimeException rethrown(ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) {
            return r;
        }
        if (e.getCause() instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(e.getCause());
    }

    /**
     * Waits until the work has ended, even when interrupted meanwhile (the interrupt is kept for the caller), without
     * asking how: for when another failure is already on its way, and nothing may still be writing after it.
     */
    public void join() {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
