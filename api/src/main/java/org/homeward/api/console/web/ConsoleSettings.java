package org.homeward.api.console.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the browser console needs to sign in with the Firebase JS SDK ({@code homeward.console.*}).
 * The project id is identity's ({@code homeward.identity.project-id}); with an Auth emulator the key
 * may be anything.
 *
 * @param firebaseApiKey     the Firebase web API key ({@code FIREBASE_WEB_API_KEY}); public by design
 * @param firebaseAuthDomain the Firebase auth domain, if the project has one
 */
@ConfigurationProperties("homeward.console")
record ConsoleSettings(
        @DefaultValue("demo-api-key") String firebaseApiKey,
        String firebaseAuthDomain) {
}
