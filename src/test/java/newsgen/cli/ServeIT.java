package newsgen.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * gen serve as a user runs it, in a JVM of its own: it serves the site, sees an edited article and serves the new
 * text within two seconds, refuses a port in use with exit code 2, and leaves nothing behind when stopped.
 */
@Isolated("it times a rebuild: nothing else runs beside it")
@Order(0)
class ServeIT {
    private static final String ARTICLE = "000_2881434f48805f6b.md";
    @TempDir
    Path tmp;
    Process server;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private String get(int port, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return response.statusCode() + " " + response.body();
    }

    @Test
    void servesRebuildsOnAnEditAndCleansUp() throws Exception {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        Files.copy(Path.of("articles", ARTICLE), articles.resolve(ARTICLE));
        Path temp = Files.createDirectories(tmp.resolve("system-temp"));
        int port = freePort();
        server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + temp, "-cp", System.getProperty("java.class.path"), "newsgen.cli.Gen",
                "serve", "--port", Integer.toString(port), "--articles", articles.toString(), "--templates", tmp.resolve("none").toString())
                .redirectErrorStream(true).start();
        BufferedReader output = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String line;
        StringBuilder seen = new StringBuilder();
        while ((line = output.readLine()) != null && !line.startsWith("Serving ")) {
            seen.append(line).append('\n');
        }
        assertTrue(line != null, "server stopped before serving:\n" + seen);
        assertTrue(line.contains("http://127.0.0.1:" + port + "/"), line);

        String page = get(port, "/articles/mali-burkina-faso-niger-mutual-defense-pact.html");
        assertTrue(page.startsWith("200 ") && page.contains("Liptako-Gourma"), page);
        assertTrue(page.contains("/__newsgen/version"), "the reload script is injected when serving");
        assertTrue(get(port, "/").contains("<h1>Articles</h1>"));
        assertTrue(get(port, "/no/such/page.html").startsWith("404 "));
        String version = get(port, "/__newsgen/version");

        String sentence = "The summit closed with a sentence nobody had written before";
        assertFalse(page.contains(sentence));
        Path file = articles.resolve(ARTICLE);
        long start = System.nanoTime();
        Files.writeString(file, Files.readString(file) + "\n" + sentence + ".\n");
        String updated = "";
        while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(10) && !updated.contains(sentence)) {
            Thread.sleep(50);
            updated = get(port, "/articles/mali-burkina-faso-niger-mutual-defense-pact.html");
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(updated.contains(sentence), "the edit was never served");
        assertTrue(millis < 2000, "the edit was served after " + millis + " ms");
        // The version moves just after the new site is in place.
        long told = System.nanoTime();
        while (get(port, "/__newsgen/version").equals(version) && System.nanoTime() - told < TimeUnit.SECONDS.toNanos(2)) {
            Thread.sleep(20);
        }
        assertFalse(get(port, "/__newsgen/version").equals(version), "open pages are told to reload");

        GenRun second = GenRun.of("serve", "--port", Integer.toString(port), "--articles", articles.toString());
        assertEquals(2, second.code());
        assertEquals(List.of("error: port " + port + " on 127.0.0.1 is already in use; stop what uses it or choose another with --port"),
                second.err().lines().toList());

        server.destroy(); // SIGTERM, as Ctrl-C's SIGINT, runs the shutdown hooks
        assertTrue(server.waitFor(20, TimeUnit.SECONDS), "server stopped");
        try (Stream<Path> left = Files.list(temp)) {
            assertEquals(List.of(), left.toList(), "no site or staging folder is left behind");
        }
    }
}
