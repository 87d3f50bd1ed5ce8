package org.homeward.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.homeward.api.contract.ContractValidation;
import org.homeward.infra.testing.HomewardTestContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * An end-to-end test: the whole application on a real HTTP port, a fresh embedded (or, with
 * -Dhomeward.mongodb.uri, real) MongoDB, the Firebase Auth emulator, and a clock the test moves.
 * Every call through its WebTestClient is checked against the OpenAPI document ({@link ContractValidation}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = HomewardApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
@ContextConfiguration(initializers = HomewardTestContext.class)
@Import({HomewardTestContext.Clocks.class, ContractValidation.Installed.class})
public @interface EndToEndTest {
}
