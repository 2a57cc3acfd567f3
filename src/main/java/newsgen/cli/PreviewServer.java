package newsgen.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Serves the built site on 127.0.0.1 only. HTML pages get a small script, added here as they are sent and never
 * written into the site, that asks every second whether the site was rebuilt and reloads the page when it was.
 */
final class PreviewServer implements AutoCloseable {
    static final String VERSION_PATH = "/__newsgen/version";
    private static final String RELOAD = "<script>(function(){var v=null;setInterval(function(){"
            + "fetch('" + VERSION_PATH + "',{cache:'no-store'}).then(function(r){return r.text();}).then(function(t){"
            + "if(v!==null&&t!==v){location.reload();}v=t;}).catch(function(){});},1000);})();</script>";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"), Map.entry("svg", "image/svg+xml"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"));

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final Supplier<Path> site;
    private final AtomicLong version = new AtomicLong();

    /**
     * Binds the port at once, so a port in use is reported before anything is built.
     *
     * @param site the folder of the site currently served (it changes when a rebuild swaps a new one in)
     * @throws java.net.BindException when the port is taken
     */
    PreviewServer(int port, Supplier<Path> site) throws IOException {
        this.site = site;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
    }

    void start() {
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Tells open pages to reload. */
    void rebuilt() {
        version.incrementAndGet();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "GET only".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
            if (path.equals(VERSION_PATH)) {
                send(exchange, 200, "text/plain; charset=utf-8", Long.toString(version.get()).getBytes(StandardCharsets.UTF_8));
                return;
            }
            Path root = site.get().toAbsolutePath().normalize();
            Path file = root.resolve(path.substring(1)).normalize();
            if (path.endsWith("/") || Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            int status = 200;
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                status = 404;
                file = root.resolve("404.html");
                if (!Files.isRegularFile(file)) {
                    send(exchange, 404, "text/plain; charset=utf-8", "not found".getBytes(StandardCharsets.UTF_8));
                    return;
                }
            }
            String name = file.getFileName().toString();
            String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            byte[] body = Files.readAllBytes(file);
            if (extension.equals("html")) {
                body = withReload(body);
            }
            send(exchange, status, TYPES.getOrDefault(extension, "application/octet-stream"), body);
        }
    }

    /** The page with the reload script before its closing body tag. */
    static byte[] withReload(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        int end = page.lastIndexOf("</body>");
        String out = end < 0 ? page + RELOAD : page.substring(0, end) + RELOAD + page.substring(end);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
