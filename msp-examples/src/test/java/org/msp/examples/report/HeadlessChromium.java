package org.msp.examples.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A headless Chromium (Debian's {@code chromium} package) driven through the DevTools protocol with the JDK's
 * own HTTP client and WebSocket: loads a page, collects console messages, errors and failed loads, evaluates
 * expressions and takes screenshots of page regions. For tests only; close it to end the browser.
 */
final class HeadlessChromium implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();

    private HeadlessChromium(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    /** Returns the chromium executable on the PATH, if there is one. */
    static Optional<Path> executable() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** Starts the browser with the flags the project's CI uses, and attaches to its first page. */
    static HeadlessChromium start(Path chromium) throws Exception {
        Path profile = Files.createTempDirectory("msp-chromium-");
        Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--remote-debugging-port=0",
                "--window-size=1200,2000", "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        CompletableFuture<String> browserUrl = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        browserUrl.complete(m.group(1));
                    }
                }
            } catch (IOException e) {
                browserUrl.completeExceptionally(e);
            }
            browserUrl.completeExceptionally(new IllegalStateException("chromium ended without a DevTools URL"));
        }, "chromium-stderr");
        reader.setDaemon(true);
        reader.start();
        try {
            URI ws = URI.create(browserUrl.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS));
            HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
            URI list = URI.create("http://" + ws.getHost() + ":" + ws.getPort() + "/json/list");
            String body = http.send(HttpRequest.newBuilder(list).timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            String pageUrl = null;
            for (JsonNode t : JSON.readTree(body)) {
                if (t.path("type").asText().equals("page")) {
                    pageUrl = t.get("webSocketDebuggerUrl").asText();
                    break;
                }
            }
            if (pageUrl == null) {
                throw new IllegalStateException("no page target in " + body);
            }
            HeadlessChromium[] self = new HeadlessChromium[1];
            Listener listener = new Listener(self);
            WebSocket socket = http.newWebSocketBuilder().connectTimeout(TIMEOUT).buildAsync(URI.create(pageUrl), listener)
                    .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            self[0] = new HeadlessChromium(p, profile, socket);
            listener.ready.complete(null);
            self[0].call("Runtime.enable", JSON.createObjectNode());
            self[0].call("Log.enable", JSON.createObjectNode());
            self[0].call("Page.enable", JSON.createObjectNode());
            return self[0];
        } catch (Exception e) {
            p.destroyForcibly();
            deleteTree(profile);
            throw e;
        }
    }

    /** Loads {@code url} and waits for its load event. */
    void load(String url) throws Exception {
        loaded = new CompletableFuture<>();
        ObjectNode params = JSON.createObjectNode().put("url", url);
        JsonNode r = call("Page.navigate", params);
        if (r.has("errorText")) {
            throw new IllegalStateException("cannot load " + url + ": " + r.get("errorText").asText());
        }
        loaded.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    /** Returns the console errors and warnings, uncaught exceptions and error log entries seen so far. */
    List<String> problems() {
        synchronized (problems) {
            return List.copyOf(problems);
        }
    }

    /** Evaluates a JavaScript expression in the page and returns its value as JSON. */
    JsonNode evaluate(String expression) throws Exception {
        ObjectNode params = JSON.createObjectNode().put("expression", expression).put("returnByValue", true);
        JsonNode r = call("Runtime.evaluate", params);
        if (r.has("exceptionDetails")) {
            throw new IllegalStateException("evaluation failed: " + r.get("exceptionDetails"));
        }
        return r.path("result").path("value");
    }

    /** Returns a PNG screenshot of the page region (CSS pixels, page coordinates). */
    byte[] screenshot(double x, double y, double width, double height) throws Exception {
        ObjectNode params = JSON.createObjectNode().put("format", "png").put("captureBeyondViewport", true);
        params.putObject("clip").put("x", x).put("y", y).put("width", width).put("height", height).put("scale", 1);
        return Base64.getDecoder().decode(call("Page.captureScreenshot", params).get("data").asText());
    }

    private JsonNode call(String method, ObjectNode params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> f = new CompletableFuture<>();
        pending.put(id, f);
        ObjectNode msg = JSON.createObjectNode().put("id", id).put("method", method);
        msg.set("params", params);
        socket.sendText(JSON.writeValueAsString(msg), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        return f.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    private void onMessage(String text) {
        JsonNode m;
        try {
            m = JSON.readTree(text);
        } catch (IOException e) {
            problems.add("unreadable DevTools message: " + text);
            return;
        }
        if (m.has("id")) {
            CompletableFuture<JsonNode> f = pending.remove(m.get("id").asInt());
            if (f != null) {
                if (m.has("error")) {
                    f.completeExceptionally(new IllegalStateException("DevTools error: " + m.get("error")));
                } else {
                    f.complete(m.path("result"));
                }
            }
            return;
        }
        String method = m.path("method").asText();
        JsonNode p = m.path("params");
        switch (method) {
            case "Page.loadEventFired" -> loaded.complete(null);
            case "Runtime.consoleAPICalled" -> {
                String type = p.path("type").asText();
                if (type.equals("error") || type.equals("warning") || type.equals("assert")) {
                    problems.add("console." + type + ": " + p.path("args"));
                }
            }
            case "Runtime.exceptionThrown" -> problems.add("exception: " + p.path("exceptionDetails"));
            case "Log.entryAdded" -> {
                String level = p.path("entry").path("level").asText();
                if (level.equals("error") || level.equals("warning")) {
                    problems.add("log " + level + ": " + p.path("entry").path("text").asText() + " "
                            + p.path("entry").path("url").asText());
                }
            }
            default -> {
                // other events are not needed
            }
        }
    }

    @Override
    public void close() throws Exception {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            // the browser is ended below either way
        }
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        deleteTree(profile);
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary profile left behind is harmless
        }
    }

    /** Collects the text frames of one message and passes it on; events before start-up wait for it. */
    private static final class Listener implements WebSocket.Listener {
        final HeadlessChromium[] self;
        final CompletableFuture<Void> ready = new CompletableFuture<>();
        final StringBuilder buffer = new StringBuilder();

        Listener(HeadlessChromium[] self) {
            this.self = self;
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                String text = buffer.toString();
                buffer.setLength(0);
                ready.join();
                self[0].onMessage(text);
            }
            ws.request(1);
            return null;
        }
    }
}
