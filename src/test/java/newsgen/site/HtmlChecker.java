package newsgen.site;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Nu Html Checker (vnu, the checker behind validator.w3.org/nu) run in-process on local files: no network.
 * Collects errors as {@code file:line:column: message}; warnings are not errors.
 *
 * <p>Setting the checker up compiles its HTML schema, which takes seconds: every test takes the one {@link #shared()}
 * instance (the integration tests run in one JVM, one after another).
 */
public final class HtmlChecker {
    private static HtmlChecker shared;

    /** The schema the checker's own command line uses for HTML documents. */
    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private final SimpleDocumentValidator validator;
    private final Collector collector = new Collector();

    /** The one checker of this JVM, made on first use. */
    public static synchronized HtmlChecker shared() throws Exception {
        if (shared == null) {
            shared = new HtmlChecker();
        }
        return shared;
    }

    private HtmlChecker() throws Exception {
        validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema(HTML_SCHEMA, collector);
        validator.setUpValidatorAndParsers(collector, false, false);
    }

    /** The errors in one page; empty when it is valid. */
    public synchronized List<String> errors(Path page) throws Exception {
        collector.file = page;
        collector.errors.clear();
        validator.checkHtmlFile(page.toFile(), true);
        return List.copyOf(collector.errors);
    }

    private static final class Collector implements ErrorHandler {
        final List<String> errors = new ArrayList<>();
        Path file;

        @Override
        public void warning(SAXParseException e) {
            // advice, not an error
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(file + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }
}
