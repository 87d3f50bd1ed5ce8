package org.homeward.infra.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A loopback stand-in for FCM's HTTP v1 API. The Admin SDK reaches it through its own transport
 * hook: {@link #transport()} rewrites requests for fcm.googleapis.com to this server.
 */
public final class FcmStandIn implements AutoCloseable {

    /** A push as FCM received it. */
    public record Received(String token, String title, String body, JsonNode data, Instant at) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Set<String> unregistered = ConcurrentHashMap.newKeySet();
    private final Set<String> unavailable = ConcurrentHashMap.newKeySet();
    private final AtomicLong ids = new AtomicLong();
    private final Object arrivals = new Object();

    public FcmStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
    }

    /** The transport to hand to {@code FirebaseOptions.Builder.setHttpTransport}. */
    public HttpTransport transport() {
        int port = server.getAddress().getPort();
        return new NetHttpTransport.Builder().setConnectionFactory(url -> (HttpURLConnection) rewrite(url, port)
                .openConnection()).build();
    }

    private static URL rewrite(URL url, int port) throws IOException {
        if (!url.getHost().equals("fcm.googleapis.com")) {
            return url;
        }
        String query = url.getQuery() == null ? "" : "?" + url.getQuery();
        return new URL("http://127.0.0.1:" + port + url.getPath() + query);
    }

    /** From now on FCM answers UNREGISTERED for this token. */
    public void unregister(String token) {
        unregistered.add(token);
    }

    /** From now on FCM answers 503 for this token. */
    public void makeUnavailable(String token) {
        unavailable.add(token);
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public List<Received> receivedBy(String token) {
        return received.stream().filter(push -> push.token().equals(token)).toList();
    }

    /** Waits (without sleeping) until at least {@code count} pushes have arrived, or the timeout passes. */
    public boolean awaitReceived(int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (arrivals) {
            while (received.size() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    arrivals.wait(left / 1_000_000 + 1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }

    public void clear() {
        received.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            JsonNode message = JSON.readTree(in.readAllBytes()).get("message");
            String token = message.path("token").asString();
            if (unregistered.contains(token)) {
                answer(exchange, 404, """
                        {"error":{"code":404,"message":"Requested entity was not found.","status":"NOT_FOUND",
                        "details":[{"@type":"type.googleapis.com/google.firebase.fcm.v1.FcmError","errorCode":"UNREGISTERED"}]}}""");
                return;
            }
            if (unavailable.contains(token)) {
                answer(exchange, 503, """
                        {"error":{"code":503,"message":"Unavailable","status":"UNAVAILABLE",
                        "details":[{"@type":"type.googleapis.com/google.firebase.fcm.v1.FcmError","errorCode":"UNAVAILABLE"}]}}""");
                return;
            }
            JsonNode notification = message.path("notification");
            received.add(new Received(token, notification.path("title").asString(), notification.path("body").asString(),
                    message.path("data"), Instant.now()));
            synchronized (arrivals) {
                arrivals.notifyAll();
            }
            answer(exchange, 200, "{\"name\":\"projects/demo-homeward/messages/" + ids.incrementAndGet() + "\"}");
        }
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
