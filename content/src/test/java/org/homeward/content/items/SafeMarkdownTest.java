package org.homeward.content.items;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeMarkdownTest {

    @Test
    void rendersFormattingListsAndSafeLinks() {
        String html = SafeMarkdown.render("# Help\n\n* **Childline**: [website](https://www.childline.org.uk)").html();
        assertThat(html).contains("<h1>Help</h1>", "<strong>Childline</strong>", "<li>",
                "href=\"https://www.childline.org.uk\"", "rel=\"nofollow");
    }

    @Test
    void dropsScriptsEventHandlersAndJavascriptLinks() {
        String html = SafeMarkdown.render("<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n"
                + "[click](javascript:alert(1))").html();
        assertThat(html).doesNotContain("<script", "<img", "javascript:");
    }

    @Test
    void searchTokensAreLowerCaseWithAccentsFolded() {
        assertThat(SearchTokens.of("Café CULTURE, don't-panic!")).containsExactly("cafe", "culture", "don", "panic");
    }
}
