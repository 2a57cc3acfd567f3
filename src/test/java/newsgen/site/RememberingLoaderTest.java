package newsgen.site;

import io.pebbletemplates.pebble.loader.Loader;
import org.junit.jupiter.api.Test;

import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Each name's key and each relative path are asked of the loader once, and given back as it gave them. */
class RememberingLoaderTest {
    /** A loader that notes what it is asked: a relative path resolves only when it starts with "./". */
    private static final class Noting implements Loader<String> {
        final List<String> asked = new ArrayList<>();

        @Override
        public Reader getReader(String cacheKey) {
            asked.add("read " + cacheKey);
            return new StringReader(cacheKey);
        }

        @Override
        public void setCharset(String charset) {
        }

        @Override
        public void setPrefix(String prefix) {
        }

        @Override
        public void setSuffix(String suffix) {
        }

        @Override
        public String resolveRelativePath(String relativePath, String anchorPath) {
            asked.add("resolve " + relativePath + " from " + anchorPath);
            return relativePath.startsWith("./") ? "dir/" + relativePath.substring(2) : null;
        }

        @Override
        public String createCacheKey(String templateName) {
            asked.add("key " + templateName);
            return new String("key:" + templateName);
        }

        @Override
        public boolean resourceExists(String templateName) {
            return true;
        }
    }

    @Test
    void asksOnceAndAnswersTheSame() {
        Noting noting = new Noting();
        RememberingLoader<String> loader = new RememberingLoader<>(noting);
        String key = loader.createCacheKey("base");
        assertSame(key, loader.createCacheKey("base"));
        assertEquals("key:macros", loader.createCacheKey("macros"));
        assertNull(loader.resolveRelativePath("nav", "article"));
        assertNull(loader.resolveRelativePath("nav", "article"));
        assertEquals("dir/nav", loader.resolveRelativePath("./nav", "article"));
        assertEquals("dir/nav", loader.resolveRelativePath("./nav", "article"));
        assertEquals("dir/nav", loader.resolveRelativePath("./nav", "entity"));
        loader.getReader(key);
        loader.getReader(key);
        assertEquals(List.of("key base", "key macros", "resolve nav from article", "resolve ./nav from article",
                "resolve ./nav from entity", "read key:base", "read key:base"), noting.asked);
    }
}
