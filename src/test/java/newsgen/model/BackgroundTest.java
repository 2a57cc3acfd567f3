package newsgen.model;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackgroundTest {
    @Test
    void awaitGivesTheValue() {
        assertEquals(42, Background.start("test", () -> 6 * 7).await());
    }

    @Test
    void awaitThrowsTheFailureAsThrownOnTheThread() {
        UncheckedIOException thrown = new UncheckedIOException(new IOException("disk full"));
        Background<Integer> work = Background.start("test", () -> {
            throw thrown;
        });
        assertSame(thrown, assertThrows(UncheckedIOException.class, work::await));
        assertSame(thrown, assertThrows(UncheckedIOException.class, work::await), "asked again, the same failure");
    }

    @Test
    void errorsAreThrownAsThemselvesAndCheckedOnesWrapped() {
        assertThrows(OutOfMemoryError.class, Background.start("test", () -> {
            throw new OutOfMemoryError("test");
        })::await);
        IllegalStateException wrapped = assertThrows(IllegalStateException.class, Background.start("test", () -> {
            throw new IOException("checked");
        })::await);
        assertTrue(wrapped.getCause() instanceof IOException);
    }

    @Test
    void joinWaitsThroughAnInterruptAndKeepsIt() {
        Background<Integer> work = Background.start("test", () -> {
            Thread.sleep(200);
            return 1;
        });
        Thread.currentThread().interrupt();
        work.join();
        assertTrue(Thread.interrupted(), "the interrupt is kept for the caller (and cleared here)");
        assertEquals(1, work.await());
    }
}
