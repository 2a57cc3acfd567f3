package newsgen.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.UncheckedIOException;

/**
 * JSON that is safe to place inside an HTML {@code <script>} element or a {@code .js} file: {@code <}, {@code >},
 * {@code &}, U+2028 and U+2029 are written as {@code \\u} escapes, so article text can never close the script
 * ({@code </script>}), open a comment ({@code <!--}) or break a JavaScript string. The JSON means the same.
 */
public final class ScriptJson {
    private static final ObjectMapper JSON = configure(new ObjectMapper()).disable(SerializationFeature.INDENT_OUTPUT);

    private ScriptJson() {
    }

    /** Makes a mapper escape what an HTML script context must not see raw. */
    public static ObjectMapper configure(ObjectMapper mapper) {
        mapper.getFactory().setCharacterEscapes(new ScriptEscapes());
        return mapper;
    }

    /** One line of JSON for a value, safe inside {@code <script>}. */
    public static String of(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes what {@link #of} gives, encoded in UTF-8, to a stream as it is made (the stream is flushed, not closed):
     * the same bytes as {@code of(value).getBytes(UTF_8)} (the same generator writes the same characters, and the
     * encoder replaces a lone surrogate with '?' as getBytes does), without holding the text, its copies as the
     * buffer grows, and its bytes (the search index: ~19 MB of JSON, ~190 MB allocated in a one-edit build, JFR).
     */
    public static void write(Object value, java.io.OutputStream out) throws java.io.IOException {
        java.io.OutputStream kept = new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws java.io.IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws java.io.IOException {
                out.flush(); // the generator closes its writer when done: the caller's stream stays open
            }
        };
        // closed here too, not only by the generator (AUTO_CLOSE_TARGET): the encoder's last bytes are never left behind
        try (java.io.Writer writer = new java.io.OutputStreamWriter(kept, java.nio.charset.StandardCharsets.UTF_8)) {
            JSON.writeValue(writer, value);
        }
    }

    /**
     * A stream of script-safe JSON written piece by piece, each piece the bytes {@link #write} gives for it, with bytes
     * from elsewhere (pieces written before) put in between and every byte counted: so that a file made of such
     * pieces can be made again from the pieces of an older one ({@code SearchIndex}). The generator writes to the
     * stream through the same UTF-8 writer as {@link #write}; it is flushed down to the counted stream, never to the
     * file, before raw bytes go in or a count is read.
     */
    static final class Pieces {
        private final Counted bytes;
        private final java.io.Writer chars;
        private final com.fasterxml.jackson.core.JsonGenerator json;
        /** True when the generator may hold characters not yet down in the counted stream. */
        private boolean pending;

        Pieces(java.io.OutputStream out) throws java.io.IOException {
            bytes = new Counted(out);
            chars = new java.io.OutputStreamWriter(bytes, java.nio.charset.StandardCharsets.UTF_8);
            json = JSON.getFactory().createGenerator(chars);
            json.setRootValueSeparator(null); // values one after another as raw bytes separate them, nothing between
        }

        /** How many bytes have gone down so far. */
        long count() throws java.io.IOException {
            flushed();
            return bytes.count;
        }

        /** The generator's characters down in the counted stream: flushed only when it wrote any (~6 pieces a quote). */
        private void flushed() throws java.io.IOException {
            if (pending) {
                json.flush();
                pending = false;
            }
        }

        /** Writes a value as {@link #of} gives it. */
        void value(Object value) throws java.io.IOException {
            pending = true;
            JSON.writeValue(json, value);
        }

        /** Writes a string as {@link #of} gives it. */
        void string(String value) throws java.io.IOException {
            pending = true;
            json.writeString(value);
        }

        /** Writes bytes as they are. */
        void raw(byte[] b, int off, int len) throws java.io.IOException {
            flushed();
            bytes.write(b, off, len);
        }

        void raw(byte[] b) throws java.io.IOException {
            raw(b, 0, b.length);
        }

        /** Flushes what is written down to the stream (which is flushed, not closed). */
        void finish() throws java.io.IOException {
            json.flush();
            bytes.down();
        }

        /** Counts the bytes and keeps flushes from going further, where the generator flushes at every piece. */
        private static final class Counted extends java.io.FilterOutputStream {
            long count;

            Counted(java.io.OutputStream out) {
                super(out);
            }

            @Override
            public void write(int b) throws java.io.IOException {
                out.write(b);
                count++;
            }

            @Override
            public void write(byte[] b, int off, int len) throws java.io.IOException {
                out.write(b, off, len);
                count += len;
            }

            @Override
            public void flush() {
            }

            /** Flushes the stream below, once all is written. */
            void down() throws java.io.IOException {
                out.flush();
            }
        }
    }

    private static final class ScriptEscapes extends CharacterEscapes {
        private final int[] ascii = standardAsciiEscapesForJSON();

        ScriptEscapes() {
            ascii['<'] = ESCAPE_STANDARD;
            ascii['>'] = ESCAPE_STANDARD;
            ascii['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 ? new SerializedString("\\u2028") : ch == 0x2029 ? new SerializedString("\\u2029") : null;
        }
    }
}
