package newsgen.cache;

/** A cache entry that is not what gen wrote: cut short, garbled, or of another shape. It is never trusted. */
final class CorruptEntryException extends RuntimeException {
    CorruptEntryException(String what) {
        super(what, null, false, false);
    }
}
