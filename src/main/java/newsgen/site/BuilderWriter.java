package newsgen.site;

import java.io.Writer;

/**
 * A {@link Writer} that appends to a plain {@link StringBuilder}. Why not {@link java.io.StringWriter}: it appends to a
 * {@code StringBuffer}, which takes a lock on every write (pages and macros are each written by one thread).
 */
abstract class BuilderWriter extends Writer {
    protected final StringBuilder text;

    BuilderWriter(StringBuilder text) {
        this.text = text;
    }

    @Override
    public void write(String s) {
        text.append(s);
    }

    @Override
    public void write(String s, int off, int len) {
        text.append(s, off, off + len);
    }

    @Override
    public void write(char[] chars, int off, int len) {
        text.append(chars, off, len);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public Writer append(CharSequence s) {
        text.append(s);
        return this;
    }

    @Override
    public void flush() {
        // nothing held back
    }

    @Override
    public void close() {
        // nothing to release
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
