package org.homeward.infra.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the HTTP surface.
 *
 * @param maxBodySize the largest request body accepted by JSON endpoints (413 beyond it)
 */
@ConfigurationProperties("homeward.web")
public record WebSettings(@DefaultValue("256KB") DataSize maxBodySize) {
}
