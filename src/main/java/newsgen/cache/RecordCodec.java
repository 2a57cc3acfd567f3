package newsgen.cache;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes the model's records to bytes and reads them back, component by component, in the order the record declares
 * them. Written from the records themselves (not by hand per class), so a component that another stage adds to a
 * record is cached too; {@link #schema} describes the shape, and a cache keyed by it is never read with another shape.
 *
 * <p>Why not JSON through Jackson: the records hold a {@link Path} that Jackson writes as a URI, and reading 10,000
 * articles' text back must cost far less than extracting them again; plain length-prefixed UTF-8 decodes at memory
 * speed. Supported: records, {@code List}s of them, String, int, long, boolean, double, enums, LocalDate, Path.
 * Anything else is refused when the codec is made, not silently dropped.
 */
final class RecordCodec<T extends Record> {
    private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

    private final Class<T> type;
    private final String schema;
    /** Reads a whole value: made once from the type, so a read looks up no shape and walks no generic type. */
    private final Reader reader;

    RecordCodec(Class<T> type) {
        this.type = type;
        StringBuilder s = new StringBuilder();
        describe(type, s, new ArrayList<>());
        this.schema = s.toString();
        this.reader = reader(type, new java.util.HashMap<>());
    }

    /** The shape of the records this codec reads and writes, e.g. "Place(id:String,name:String,…)". */
    String schema() {
        return schema;
    }

    byte[] write(T value) {
        ByteOutput out = new ByteOutput();
        write(value, out);
        return out.toByteArray();
    }

    /** Appends the value's bytes to {@code out}. */
    void write(T value, ByteOutput out) {
        write(out, value, type);
    }

    /** @throws CorruptEntryException when the bytes are not a value of this shape */
    T read(byte[] bytes) {
        return read(bytes, 0, bytes.length, false);
    }

    /** The value the bytes from {@code from} to {@code to} hold. @throws CorruptEntryException as {@link #read(byte[])} */
    T read(byte[] bytes, int from, int to) {
        return read(bytes, from, to, false);
    }

    /**
     * Checks that the bytes from {@code from} to {@code to} are a value of this shape, as {@link #read} would find
     * them, without decoding its texts (each is only checked to lie within the bytes); for a value decoded later, so
     * that bytes that are not one are refused when the entry is read, not when the value is first asked for. Only
     * for shapes whose texts stand for themselves (no enum, date or path: their texts are not decoded to be checked).
     *
     * @throws CorruptEntryException when they are not
     */
    void check(byte[] bytes, int from, int to) {
        read(bytes, from, to, true);
    }

    private T read(byte[] bytes, int from, int to, boolean checkOnly) {
        try {
            // Inside the try: a range outside the bytes is a corrupt entry, refused like any other, not a crash.
            Input in = new Input(bytes, from, to, checkOnly);
            T value = type.cast(reader.read(in));
            if (in.pos != to) {
                throw new CorruptEntryException((to - in.pos) + " bytes left over");
            }
            return value;
        } catch (IndexOutOfBoundsException | NegativeArraySizeException e) {
            throw new CorruptEntryException("cut short");
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new CorruptEntryException("not a cached " + type.getSimpleName() + " (" + e.getMessage() + ")");
        }
    }

    private record Shape(RecordComponent[] components, Method[] accessors, Constructor<?> constructor) {
    }

    private static Shape shape(Class<?> record) {
        return SHAPES.computeIfAbsent(record, c -> {
            RecordComponent[] components = c.getRecordComponents();
            Method[] accessors = new Method[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true);
                types[i] = components[i].getType();
            }
            try {
                Constructor<?> constructor = c.getDeclaredConstructor(types);
                constructor.setAccessible(true);
                return new Shape(components, accessors, constructor);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("a record always has its canonical constructor", e);
            }
        });
    }

    private static void describe(Type type, StringBuilder s, List<Class<?>> seen) {
        Class<?> raw = raw(type);
        if (raw == List.class) {
            s.append("List<");
            describe(element(type), s, seen);
            s.append('>');
        } else if (raw.isRecord()) {
            s.append(raw.getSimpleName());
            if (seen.contains(raw)) {
                return;
            }
            seen.add(raw);
            s.append('(');
            for (RecordComponent c : shape(raw).components()) {
                s.append(c.getName()).append(':');
                describe(c.getGenericType(), s, seen);
                s.append(',');
            }
            s.append(')');
        } else if (raw.isEnum()) {
            s.append(raw.getSimpleName()).append(List.of(raw.getEnumConstants()));
        } else if (raw == String.class || raw == int.class || raw == long.class || raw == boolean.class
                || raw == double.class || raw == LocalDate.class || raw == Path.class) {
            s.append(raw.getSimpleName());
        } else {
            throw new IllegalArgumentException("the cache cannot hold a " + type.getTypeName());
        }
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalArgumentException("the cache cannot hold a " + type.getTypeName());
    }

    private static Type element(Type listType) {
        if (listType instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[0];
        }
        throw new IllegalArgumentException("a List without its element type");
    }

    private static void write(ByteOutput out, Object value, Type type) {
        Class<?> raw = raw(type);
        if (raw == int.class) {
            out.writeInt((Integer) value);
        } else if (raw == long.class) {
            out.writeLong((Long) value);
        } else if (raw == boolean.class) {
            out.writeBoolean((Boolean) value);
        } else if (raw == double.class) {
            out.writeDouble((Double) value);
        } else if (value == null) {
            out.writeByte(0);
        } else {
            out.writeByte(1);
            if (raw == String.class) {
                out.writeString((String) value);
            } else if (raw == Path.class) {
                out.writeString(value.toString());
            } else if (raw == LocalDate.class) {
                out.writeLong(((LocalDate) value).toEpochDay());
            } else if (raw.isEnum()) {
                out.writeString(((Enum<?>) value).name());
            } else if (raw == List.class) {
                List<?> list = (List<?>) value;
                Type element = element(type);
                out.writeInt(list.size());
                for (Object item : list) {
                    write(out, item, element);
                }
            } else if (raw.isRecord()) {
                Shape shape = shape(raw);
                for (int i = 0; i < shape.components().length; i++) {
                    write(out, invoke(shape.accessors()[i], value), shape.components()[i].getGenericType());
                }
            } else {
                throw new IllegalArgumentException("the cache cannot hold a " + type.getTypeName());
            }
        }
    }

    private static Object invoke(Method accessor, Object target) {
        try {
            return accessor.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads one value of one type from the bytes. */
    private interface Reader {
        Object read(Input in);
    }

    /**
     * The reader of a type, as the bytes {@link #write} makes hold it: a primitive as itself; anything else after a
     * flag, null when the flag is 0. Made once per codec: reading the cache's heads looked up each record's shape,
     * and each component's generic type, for every value read (about a tenth of reading them, JFR).
     *
     * @param records the records' readers made so far, so that a record within itself is read by the same reader
     */
    private static Reader reader(Type type, Map<Class<?>, RecordReader> records) {
        Class<?> raw = raw(type);
        if (raw == int.class) {
            return Input::readInt;
        } else if (raw == long.class) {
            return Input::readLong;
        } else if (raw == boolean.class) {
            return Input::readFlag;
        } else if (raw == double.class) {
            return in -> Double.longBitsToDouble(in.readLong());
        }
        Reader value;
        if (raw == String.class) {
            value = Input::readString;
        } else if (raw == Path.class) {
            value = in -> Path.of(in.readString());
        } else if (raw == LocalDate.class) {
            value = in -> LocalDate.ofEpochDay(in.readLong());
        } else if (raw.isEnum()) {
            value = in -> enumValue(raw, in.readString());
        } else if (raw == List.class) {
            Reader item = reader(element(type), records);
            value = in -> {
                int size = in.readInt();
                if (size < 0 || size > in.remaining()) {
                    throw new CorruptEntryException("a list of " + size + " items");
                }
                List<Object> list = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    list.add(item.read(in));
                }
                return list;
            };
        } else {
            RecordReader known = records.get(raw);
            if (known == null) {
                Shape shape = shape(raw);
                known = new RecordReader(raw, shape.constructor(), new Reader[shape.components().length]);
                records.put(raw, known);
                for (int i = 0; i < known.components.length; i++) {
                    known.components[i] = reader(shape.components()[i].getGenericType(), records);
                }
            }
            value = known;
        }
        Reader present = value;
        return in -> in.readFlag() ? present.read(in) : null;
    }

    /** Reads a record: its components in order, then its canonical constructor. */
    private record RecordReader(Class<?> type, Constructor<?> constructor, Reader[] components) implements Reader {
        @Override
        public Object read(Input in) {
            Object[] args = new Object[components.length];
            for (int i = 0; i < args.length; i++) {
                args[i] = components[i].read(in);
            }
            try {
                return constructor.newInstance(args);
            } catch (InvocationTargetException e) {
                throw new CorruptEntryException("a " + type.getSimpleName() + " its own constructor refuses ("
                        + e.getCause().getClass().getSimpleName() + ")");
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String name) {
        return Enum.valueOf((Class<? extends Enum>) type, name);
    }

    /** Bytes read in order; a read past the end throws IndexOutOfBoundsException. */
    private static final class Input {
        private final byte[] bytes;
        private final int end;
        /** Texts are checked to lie within the bytes and read as "" ({@link #check}). */
        private final boolean checkOnly;
        private int pos;

        Input(byte[] bytes, int from, int to, boolean checkOnly) {
            if (from < 0 || to > bytes.length || from > to) {
                throw new IndexOutOfBoundsException();
            }
            this.bytes = bytes;
            this.pos = from;
            this.end = to;
            this.checkOnly = checkOnly;
        }

        int remaining() {
            return end - pos;
        }

        boolean readFlag() {
            if (pos >= end) {
                throw new IndexOutOfBoundsException();
            }
            byte b = bytes[pos++];
            if (b != 0 && b != 1) {
                throw new CorruptEntryException("a flag of " + b);
            }
            return b == 1;
        }

        int readInt() {
            if (pos + 4 > end) {
                throw new IndexOutOfBoundsException();
            }
            int v = ((bytes[pos] & 0xff) << 24) | ((bytes[pos + 1] & 0xff) << 16) | ((bytes[pos + 2] & 0xff) << 8) | (bytes[pos + 3] & 0xff);
            pos += 4;
            return v;
        }

        long readLong() {
            return ((long) readInt() << 32) | (readInt() & 0xffffffffL);
        }

        String readString() {
            int length = readInt();
            if (length < 0 || length > remaining()) {
                throw new CorruptEntryException("a text of " + length + " bytes");
            }
            int from = pos;
            pos += length;
            if (checkOnly) {
                return "";
            }
            return length <= Shared.LONGEST ? Shared.of(bytes, from, length) : new String(bytes, from, length, StandardCharsets.UTF_8);
        }
    }

    /**
     * One copy of each short text the entries hold (names, roles, ids, kinds, dates, the words of the leads), shared
     * by every record read back. Why: a build from the cache holds every article's record for its whole length, and
     * these texts repeat across articles; 10,164 articles read back were ~2.5 million strings alive while the pages
     * were keyed, which the collector copied and marked on every collection (~a quarter of a one-edit build's CPU
     * time was the collector's, gc log). Texts are values: which copy a record holds changes nothing else.
     */
    static final class Shared {
        /** Longer texts (quotes, sentences, titles) are seldom repeated: each keeps its own copy. */
        static final int LONGEST = 32;
        /** More than any archive's short texts: past it the pool starts again (a long-running preview server). */
        private static final int MAX = 1 << 20;
        private static final java.util.concurrent.ConcurrentHashMap<String, String> POOL = new java.util.concurrent.ConcurrentHashMap<>();

        private Shared() {
        }

        /**
         * The shared copy of the text these UTF-8 bytes hold. Why from the bytes: most short texts of an entry were read
         * before, and making each a String (decoding, copying) then looking it up in the pool was ~⅓ of reading the
         * cache's heads in a one-edit build (JFR). A small table by the bytes' hash remembers the last text seen at each
         * slot with its exact bytes; when they match, the text is the one those bytes decode to, without decoding them.
         * Otherwise the text is decoded and shared through the pool, as before, and noted in the slot.
         */
        static String of(byte[] bytes, int from, int length) {
            int hash = 0;
            for (int i = from; i < from + length; i++) {
                hash = 31 * hash + bytes[i];
            }
            int slot = (hash ^ (hash >>> 15)) & (SEEN.length - 1);
            Seen seen = SEEN[slot]; // a racy read: a Seen is immutable (final fields), so any one read is whole
            if (seen != null && Arrays.equals(seen.bytes(), 0, seen.bytes().length, bytes, from, from + length)) {
                return seen.text();
            }
            String text = of(new String(bytes, from, length, StandardCharsets.UTF_8));
            SEEN[slot] = new Seen(Arrays.copyOfRange(bytes, from, from + length), text);
            return text;
        }

        /** A short text and the exact UTF-8 bytes it was decoded from. */
        private record Seen(byte[] bytes, String text) {
        }

        /** Direct-mapped: a slot holds the last text seen there (~5 MB at most: 65,536 slots of texts of 32 bytes or fewer). */
        private static final Seen[] SEEN = new Seen[1 << 16];

        static String of(String s) {
            String shared = POOL.putIfAbsent(s, s);
            if (shared != null) {
                return shared;
            }
            if (POOL.size() > MAX) {
                POOL.clear();
            }
            return s;
        }
    }
}
