package org.homeward.infra.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.twilio.http.HttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;

/**
 * A loopback stand-in for Twilio's Messages API. The SDK reaches it through its own hook, a custom
 * {@link HttpClient} ({@link #httpClient()}) that sends each request here instead of api.twilio.com.
 */
public final class TwilioStandIn implements AutoCloseable {

    /** A text message as Twilio received it. */
    public record Received(String sid, String to, String from, String body, String statusCallback) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong();
    private final java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();

    public TwilioStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    /** The client to hand to {@code TwilioRestClient.Builder.httpClient}. */
    public HttpClient httpClient() {
        int port = server.getAddress().getPort();
        return new HttpClient() {
            @Override
            public Response makeRequest(Request request) {
                URI target = URI.create("http://127.0.0.1:" + port + request.constructURL().getPath());
                java.net.http.HttpRequest.Builder builder = java.net.http.HttpRequest.newBuilder(target)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .method(request.getMethod().toString(),
                                java.net.http.HttpRequest.BodyPublishers.ofString(request.encodeFormBody()));
                try {
                    var response = http.send(builder.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
                    return new Response(response.body(), response.statusCode());
                } catch (IOException e) {
                    throw new com.twilio.exception.ApiConnectionException("stand-in unreachable", e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public List<Received> receivedBy(String to) {
        return received.stream().filter(sms -> sms.to().equals(to)).toList();
    }

    public void clear() {
        received.clear();
    }

    /** The {@code X-Twilio-Signature} Twilio would send for this callback URL and these parameters. */
    public static String signature(String authToken, String url, Map<String, String> parameters) {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(parameters).forEach((key, value) -> data.append(key).append(value));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            Map<String, String> form = form(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            String sid = "SM" + String.format("%032d", ids.incrementAndGet());
            received.add(new Received(sid, form.get("To"), form.get("From"), form.get("Body"),
                    form.get("StatusCallback")));
            String body = "{\"sid\":\"" + sid + "\",\"status\":\"queued\",\"to\":\"" + form.get("To")
                    + "\",\"from\":\"" + form.get("From") + "\"}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(201, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
