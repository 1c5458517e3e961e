package dev.shale.cli.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.File;
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
import java.util.Base64;
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
 * A headless Chromium driven over the DevTools protocol (a WebSocket of java.net.http, no other dependency): one
 * page that navigates, evaluates JavaScript, sends real mouse and key events and takes screenshots. The browser runs
 * with its own temporary profile and is killed on {@link #close}. Without a Chromium on the PATH (or in
 * {@code SHALE_CHROMIUM}) it fails, saying how to install one.
 */
final class HeadlessChromium implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    private HeadlessChromium(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    /** Starts Chromium with a {@code width} x {@code height} window on a blank page. */
    static HeadlessChromium start(int width, int height) throws IOException, InterruptedException {
        String binary = binary().orElseThrow(() -> new AssertionError("Chromium is not installed, and the schema"
                + " report's browser test needs it: install it with `apt-get install -y chromium chromium-driver`"
                + " (Debian; .ci/run does this when it is missing), or name the binary in SHALE_CHROMIUM."));
        Path profile = Files.createTempDirectory("shale-chromium-");
        Process process = new ProcessBuilder(binary, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--no-default-browser-check", "--disable-extensions",
                "--hide-scrollbars", "--remote-debugging-port=0", "--user-data-dir=" + profile,
                "--window-size=" + width + "," + height, "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            String browserUrl = listeningUrl(process);
            URI browser = URI.create(browserUrl);
            HttpClient http = HttpClient.newHttpClient();
            String pageUrl = pageSocket(http, browser.getHost() + ":" + browser.getPort());
            HeadlessChromium[] self = new HeadlessChromium[1];
            WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(pageUrl), new WebSocket.Listener() {
                private final StringBuilder message = new StringBuilder();

                @Override
                public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                    message.append(data);
                    if (last) {
                        String text = message.toString();
                        message.setLength(0);
                        self[0].received(text);
                    }
                    webSocket.request(1);
                    return null;
                }
            }).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            self[0] = new HeadlessChromium(process, profile, socket);
            return self[0];
        } catch (Exception e) {
            process.destroyForcibly();
            deleteTree(profile);
            throw new AssertionError("Chromium (" + binary + ") did not start a DevTools session: " + e, e);
        }
    }

    /** Opens {@code page} and waits until it has loaded. */
    void open(Path page) throws Exception {
        String url = page.toUri().toString();
        call("Page.navigate", Map.of("url", url));
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!evaluate("document.readyState === 'complete' && location.href === " + JSON.writeValueAsString(url))
                .asBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Chromium did not load " + url + " within " + TIMEOUT);
            }
            Thread.sleep(50);
        }
    }

    /** The value of the JavaScript {@code expression} (awaited when it is a promise), as JSON. */
    JsonNode evaluate(String expression) throws Exception {
        JsonNode result = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true,
                "awaitPromise", true));
        if (result.has("exceptionDetails")) {
            throw new AssertionError("JavaScript failed: " + result.get("exceptionDetails") + "\n" + expression);
        }
        return result.path("result").path("value");
    }

    /** Moves the mouse to the viewport point {@code x, y}. */
    void hover(double x, double y) throws Exception {
        mouse("mouseMoved", x, y, "none", 0);
    }

    /** A real left click at the viewport point {@code x, y}. */
    void click(double x, double y) throws Exception {
        mouse("mouseMoved", x, y, "none", 0);
        mouse("mousePressed", x, y, "left", 1);
        mouse("mouseReleased", x, y, "left", 1);
    }

    /** A real drag with the left button from one viewport point to another, in a few moves. */
    void drag(double fromX, double fromY, double toX, double toY) throws Exception {
        mouse("mouseMoved", fromX, fromY, "none", 0);
        mouse("mousePressed", fromX, fromY, "left", 1);
        for (int step = 1; step <= 5; step++) {
            call("Input.dispatchMouseEvent", Map.of("type", "mouseMoved", "x", fromX + (toX - fromX) * step / 5,
                    "y", fromY + (toY - fromY) * step / 5, "button", "left", "buttons", 1));
        }
        mouse("mouseReleased", toX, toY, "left", 1);
    }

    /** A mouse wheel turn of {@code deltaY} at the viewport point {@code x, y}. */
    void wheel(double x, double y, double deltaY) throws Exception {
        call("Input.dispatchMouseEvent", Map.of("type", "mouseWheel", "x", x, "y", y, "deltaX", 0, "deltaY", deltaY));
    }

    /** Types {@code text} into the focused element. */
    void type(String text) throws Exception {
        call("Input.insertText", Map.of("text", text));
    }

    /** Presses and releases Enter. */
    void pressEnter() throws Exception {
        call("Input.dispatchKeyEvent", Map.of("type", "rawKeyDown", "key", "Enter", "code", "Enter",
                "windowsVirtualKeyCode", 13));
        call("Input.dispatchKeyEvent", Map.of("type", "char", "key", "Enter", "text", "\r"));
        call("Input.dispatchKeyEvent", Map.of("type", "keyUp", "key", "Enter", "code", "Enter",
                "windowsVirtualKeyCode", 13));
    }

    /** Saves a PNG of the viewport to {@code file}. */
    void screenshot(Path file) throws Exception {
        JsonNode shot = call("Page.captureScreenshot", Map.of("format", "png"));
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(shot.get("data").asText()));
    }

    private void mouse(String type, double x, double y, String button, int clicks) throws Exception {
        call("Input.dispatchMouseEvent", Map.of("type", type, "x", x, "y", y, "button", button, "clickCount", clicks,
                "buttons", type.equals("mousePressed") ? 1 : 0));
    }

    private JsonNode call(String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        ObjectNode message = JSON.createObjectNode();
        message.put("id", id);
        message.put("method", method);
        message.set("params", JSON.valueToTree(params));
        socket.sendText(JSON.writeValueAsString(message), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        JsonNode reply = answer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (reply.has("error")) {
            throw new AssertionError(method + " failed: " + reply.get("error"));
        }
        return reply.path("result");
    }

    private void received(String text) {
        try {
            JsonNode message = JSON.readTree(text);
            if (message.has("id")) {
                CompletableFuture<JsonNode> answer = pending.remove(message.get("id").asInt());
                if (answer != null) {
                    answer.complete(message);
                }
            }
        } catch (IOException e) {
            pending.values().forEach(f -> f.completeExceptionally(e));
        }
    }

    @Override
    public void close() throws InterruptedException {
        socket.abort();
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
        deleteTree(profile);
    }

    private static Optional<String> binary() {
        String named = System.getenv("SHALE_CHROMIUM");
        if (named != null && !named.isBlank()) {
            return Optional.of(named);
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate.toString());
                }
            }
        }
        return Optional.empty();
    }

    /** The browser's DevTools address, from the line Chromium prints on standard error when it is ready. */
    private static String listeningUrl(Process process) throws Exception {
        CompletableFuture<String> url = new CompletableFuture<>();
        StringBuilder seen = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = err.readLine()) != null) {
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        url.complete(m.group(1));
                    } else if (seen.length() < 4000) {
                        seen.append(line).append('\n');
                    }
                }
                url.completeExceptionally(new IOException("Chromium exited: " + seen));
            } catch (IOException e) {
                url.completeExceptionally(e);
            }
        }, "chromium-stderr");
        reader.setDaemon(true);
        reader.start();
        return url.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    /** The WebSocket address of the browser's first page. */
    private static String pageSocket(HttpClient http, String hostPort) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + hostPort + "/json/list")).build();
        for (int attempt = 0; attempt < 100; attempt++) {
            JsonNode targets = JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
            for (JsonNode target : targets) {
                if (target.path("type").asText().equals("page")) {
                    return target.get("webSocketDebuggerUrl").asText();
                }
            }
            Thread.sleep(100);
        }
        throw new IOException("Chromium lists no page at " + hostPort);
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a profile left in the temporary folder is harmless
        }
    }
}
