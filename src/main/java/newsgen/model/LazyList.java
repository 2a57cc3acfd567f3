package newsgen.model;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * A list made on first use, once, whichever thread asks first; read-only. Holds an article's paragraphs as the cache
 * gave them back: most builds read few of them (the pages that are rendered again), and decoding every article's
 * body on every build was most of reading the cache and of the heap a one-edit build kept.
 */
public final class LazyList<T> extends AbstractList<T> implements RandomAccess {
    private Supplier<List<T>> make;
    private volatile List<T> list;

    public LazyList(Supplier<List<T>> make) {
        this.make = make;
    }

    /** True once the list has been made. */
    public boolean made() {
        return list != null;
    }

    private List<T> list() {
        List<T> l = list;
        if (l == null) {
            synchronized (this) {
                l = list;
                if (l == null) {
                    l = List.copyOf(make.get());
                    list = l;
                    make = null; // what it was made from can go
                }
            }
        }
        return l;
    }

    @Override
    public T get(int index) {
        return list().get(index);
    }

    @Override
    public int size() {
        return list().size();
    }
}
