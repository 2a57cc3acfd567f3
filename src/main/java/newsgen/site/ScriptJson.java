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
