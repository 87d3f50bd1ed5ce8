package org.homeward.content.items;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Markdown to HTML that is safe to show in the app: CommonMark with raw HTML escaped and unsafe URLs
 * dropped, then the OWASP sanitizer's allow-list (text formatting, blocks, lists, tables and
 * http/https/mailto links with rel=nofollow). Images in Markdown are not allowed: media is uploaded.
 */
public final class SafeMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder().allowElements("pre", "code", "hr", "br").toFactory());

    private SafeMarkdown() {
    }

    /** A body rendered: sanitised HTML, and the plain text a reader sees (for search). */
    public record Rendered(String html, String text) {
    }

    public static Rendered render(String markdown) {
        Node document = PARSER.parse(markdown);
        return new Rendered(POLICY.sanitize(HTML.render(document)), TEXT.render(document));
    }
}
