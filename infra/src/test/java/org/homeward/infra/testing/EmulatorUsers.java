package org.homeward.infra.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signs users up in the Firebase Auth emulator over its REST API, as a phone would, and returns
 * real emulator-issued ID tokens carrying the custom claims Homeward reads.
 */
public final class EmulatorUsers {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String base;
    private final String projectId;

    EmulatorUsers(String host, String projectId) {
        this.base = "http://" + host;
        this.projectId = projectId;
    }

    /** A signed-in user: its uid and an ID token with the given claims. */
    public record SignedIn(String uid, String email, String idToken) {
        public String bearer() {
            return "Bearer " + idToken;
        }
    }

    /** Creates a user with these custom claims (role, org, pid …) and signs it in. */
    public SignedIn signUp(Map<String, Object> claims) {
        String email = "user-" + UUID.randomUUID() + "@test.homeward";
        String password = "pw-" + UUID.randomUUID();
        JsonNode created = post("/identitytoolkit.googleapis.com/v1/accounts:signUp?key=fake",
                Map.of("email", email, "password", password, "returnSecureToken", true), false);
        String uid = created.get("localId").asString();
        if (!claims.isEmpty()) {
            post("/identitytoolkit.googleapis.com/v1/projects/" + projectId + "/accounts:update",
                    Map.of("localId", uid, "customAttributes", JSON.writeValueAsString(claims)), true);
        }
        return new SignedIn(uid, email, signIn(email, password));
    }

    /** Signs in an existing e-mail/password user and returns its ID token. */
    public String signIn(String email, String password) {
        return post("/identitytoolkit.googleapis.com/v1/accounts:signInWithPassword?key=fake",
                Map.of("email", email, "password", password, "returnSecureToken", true), false)
                .get("idToken").asString();
    }

    /**
     * The set-up (password reset) code Firebase would have e-mailed to the address, as the emulator
     * keeps it instead of sending: the newest one, if any.
     */
    public java.util.Optional<String> mailedSetupCode(String email) {
        JsonNode codes = send(HttpRequest.newBuilder(URI.create(base + "/emulator/v1/projects/" + projectId + "/oobCodes"))
                .GET()).path("oobCodes");
        String found = null;
        for (JsonNode code : codes) {
            if (email.equalsIgnoreCase(code.path("email").asString()) && "PASSWORD_RESET".equals(code.path("requestType").asString())) {
                found = code.path("oobCode").asString();
            }
        }
        return java.util.Optional.ofNullable(found);
    }

    /** The invitee follows the link: chooses a password with the code, then signs in; answers the ID token. */
    public String setPasswordAndSignIn(String email, String oobCode, String password) {
        post("/identitytoolkit.googleapis.com/v1/accounts:resetPassword?key=fake",
                Map.of("oobCode", oobCode, "newPassword", password), false);
        return signIn(email, password);
    }

    /** Signs the user out everywhere: ID tokens issued before {@code validSince} are revoked. */
    public void revokeTokensIssuedBefore(String uid, java.time.Instant validSince) {
        post("/identitytoolkit.googleapis.com/v1/projects/" + projectId + "/accounts:update",
                Map.of("localId", uid, "validSince", Long.toString(validSince.getEpochSecond())), true);
    }

    public static Map<String, Object> claims(String role, String organisationId, String personId) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("role", role);
        if (organisationId != null) {
            claims.put("org", organisationId);
        }
        if (personId != null) {
            claims.put("pid", personId);
        }
        return claims;
    }

    private JsonNode post(String path, Map<String, Object> body, boolean admin) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (admin) {
            request.header("Authorization", "Bearer owner");
        }
        return send(request);
    }

    private JsonNode send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Auth emulator answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("Auth emulator unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
