package newsgen.site;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import newsgen.model.Problem;
import newsgen.model.ProblemException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders pages through Pebble. A template in the user's folder overrides the built-in one of the same name,
 * and a missing one falls back to the set packed into the jar. Each template is compiled once.
 */
public final class PageRenderer {
    static final String SUFFIX = ".peb";
    private static final String BUILT_IN = "templates";
    /** Pebble's word for a template no loader has: 'Could not find template "name"'. */
    private static final java.util.regex.Pattern MISSING = java.util.regex.Pattern.compile("Could not find template \"([^\"]*)\"");
    /** Pebble's word for a misspelt attribute under strict variables. */
    private static final java.util.regex.Pattern NO_ATTRIBUTE = java.util.regex.Pattern.compile(
            "Attribute \\[([^\\]]*)\\] of \\[([^\\]]*)\\] does not exist or can not be accessed and strict variables is set to true\\.");

    private final PebbleEngine engine;
    private final Path userTemplates;
    private final Map<String, PebbleTemplate> compiled = new ConcurrentHashMap<>();

    public PageRenderer(Path userTemplates) {
        this.userTemplates = userTemplates;
        List<Loader<?>> loaders = new ArrayList<>();
        if (userTemplates != null && Files.isDirectory(userTemplates)) {
            FileLoader user = new FileLoader();
            user.setPrefix(userTemplates.toAbsolutePath().toString());
            user.setSuffix(SUFFIX);
            loaders.add(user);
        }
        ClasspathLoader builtIn = new ClasspathLoader(PageRenderer.class.getClassLoader());
        builtIn.setPrefix(BUILT_IN);
        builtIn.setSuffix(SUFFIX);
        loaders.add(builtIn);
        this.engine = new PebbleEngine.Builder()
                .loader(new RememberingLoader<>(new DelegatingLoader(loaders)))
                .strictVariables(true)
                // numberformat writes "8,235" whatever the build machine's language: the same input, the same bytes.
                .defaultLocale(java.util.Locale.ENGLISH)
                .autoEscaping(true)
                .extension(new ScriptJsonExtension(), new QuickRenderingExtension())
                // "html", also the default strategy, left as it is: QuickEscapes prints such values through HtmlEscaping.
                .addEscapingStrategy("html", HtmlEscaping::escape)
                .build();
    }

    /** Compiles the named templates up front, so a broken template fails the build before anything is written. */
    public void compile(Iterable<String> names) {
        for (String name : names) {
            template(name);
        }
    }

    public String render(Page page, Map<String, Object> globals) {
        return render(page, page.model(), globals);
    }

    /** Renders a page whose model was made already (to fingerprint it first). */
    String render(Page page, Map<String, Object> model, Map<String, Object> globals) {
        return evaluate(page, model, globals, new PageWriter()).page();
    }

    /** Renders a page whose model was made already into this thread's buffer (see {@link PageBytes#utf8}). */
    PageBytes.Utf8 renderUtf8(Page page, Map<String, Object> model, Map<String, Object> globals) {
        return evaluate(page, model, globals, new PageBytes()).utf8();
    }

    private <W extends java.io.Writer> W evaluate(Page page, Map<String, Object> model, Map<String, Object> globals, W out) {
        Map<String, Object> context = new HashMap<>(globals);
        context.putAll(model);
        context.put("root", RelativeLinks.root(page.path()));
        context.put("path", page.path());
        try {
            template(page.template()).evaluate(out, context);
        } catch (PebbleException e) {
            throw new ProblemException(problem(page.template(), e, "while rendering " + page.path()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private PebbleTemplate template(String name) {
        return compiled.computeIfAbsent(name, n -> {
            try {
                return engine.getTemplate(n);
            } catch (PebbleException e) {
                throw new ProblemException(problem(n, e, null));
            }
        });
    }

    /** Names the template file and line, as the user would find it. */
    private Problem problem(String name, PebbleException e, String during) {
        String file = e.getFileName() != null ? e.getFileName() : name;
        if (!file.endsWith(SUFFIX)) {
            file = file + SUFFIX;
        }
        Path user = userTemplates == null ? null : userTemplates.resolve(file);
        String shown = user != null && Files.exists(user) ? user.toString().replace('\\', '/') : "built-in template " + file;
        String message = e.getPebbleMessage() != null ? e.getPebbleMessage() : e.getMessage();
        if (message != null) {
            var missing = MISSING.matcher(message);
            if (missing.find()) {
                String wanted = missing.group(1).replaceFirst("^" + java.util.regex.Pattern.quote(BUILT_IN) + "/?", "");
                message = "template '" + wanted + (wanted.endsWith(SUFFIX) ? "" : SUFFIX) + "' does not exist"
                        + (userTemplates == null ? " in the built-in set" : " in " + userTemplates.toString().replace('\\', '/') + " nor in the built-in set");
            }
        }
        if (message != null) {
            var attribute = NO_ATTRIBUTE.matcher(message);
            if (attribute.find()) {
                message = noAttribute(attribute.group(1), attribute.group(2));
            }
        }
        int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
        return new Problem(shown, line, message + (during == null ? "" : " (" + during + ")"));
    }

    /** A misspelt attribute, with the attributes a page model's record does have, so the fix is in the message. */
    static String noAttribute(String attribute, String className) {
        try {
            Class<?> type = Class.forName(className, false, PageRenderer.class.getClassLoader());
            if (type.isRecord()) {
                String name = type.getName().substring(type.getPackageName().length() + 1).replace('$', '.');
                return "no attribute '" + attribute + "' in " + name + ", which has: " + java.util.Arrays.stream(type.getRecordComponents())
                        .map(java.lang.reflect.RecordComponent::getName).collect(java.util.stream.Collectors.joining(", "));
            }
        } catch (ClassNotFoundException e) {
            // Not a class gen knows: Pebble's own words follow.
        }
        return "no attribute '" + attribute + "' in " + className;
    }
}
