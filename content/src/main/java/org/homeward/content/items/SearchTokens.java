package org.homeward.content.items;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The words of a text as search matches them: lower case, accents folded, split on anything that is
 * not a letter or digit. Stored per published version and matched with {@code $all}, because the
 * embedded database has no {@code $text} index.
 */
public final class SearchTokens {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int MAX_QUERY_WORDS = 8;

    private SearchTokens() {
    }

    public static List<String> of(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(SEPARATORS.split(folded))
                .filter(word -> word.length() >= 2)
                .distinct()
                .toList();
    }

    /** The words of what someone typed into the search box. */
    public static List<String> query(String typed) {
        return of(typed).stream().limit(MAX_QUERY_WORDS).toList();
    }
}
