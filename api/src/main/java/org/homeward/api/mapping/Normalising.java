package org.homeward.api.mapping;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How what people wrote is made comparable: accents dropped (java.text.Normalizer), case folded,
 * apostrophes removed and other punctuation made a space, spacing collapsed; for names, common
 * nickname forms put into one ({@code lil} is {@code little}, {@code tommy} and {@code tom} are
 * {@code thomas}); plates upper-case without spaces; handles without their {@code @}.
 */
public final class Normalising {

    /** Short and pet forms of given names, and spellings of nickname words, mapped to one form. */
    private static final Map<String, String> FORMS = forms(
            "thomas:tom,tommy,tommie", "david:dave,davey,davie", "michael:mike,mikey,mick,micky",
            "james:jim,jimmy,jamie", "william:will,bill,billy", "robert:rob,robbie,bob,bobby",
            "daniel:dan,danny", "christopher:chris", "nicholas:nick,nicky", "matthew:matt", "anthony:tony,ant",
            "jonathan:jon,jonny", "john:johnny", "joseph:joe,joey", "benjamin:ben,benny", "samuel:sam,sammy",
            "alexander:alex,al", "richard:rich,rick,ricky,dick", "edward:ed,eddie,ted", "charles:charlie,chaz",
            "katherine:kate,katie,kat,kathy", "elizabeth:liz,lizzie,beth,betty", "rebecca:becky,becca",
            "jessica:jess,jessie", "margaret:maggie,meg", "victoria:vicky,tori", "little:lil", "big:bigg",
            "young:yung", "brother:bro", "junior:jnr,jr");

    private Normalising() {
    }

    /** Accents, case, punctuation and spacing; null stays null, and so does nothing left. */
    public static String text(String written) {
        if (written == null) {
            return null;
        }
        String plain = Normalizer.normalize(written, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("['’`]", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .trim();
        return plain.isEmpty() ? null : plain;
    }

    /** A name or nickname: {@link #text} with each word in its common form. */
    public static String name(String written) {
        String plain = text(written);
        if (plain == null) {
            return null;
        }
        return Arrays.stream(plain.split(" ")).map(word -> FORMS.getOrDefault(word, word))
                .collect(Collectors.joining(" "));
    }

    /** A place's name, without a leading "the". */
    public static String place(String written) {
        String plain = text(written);
        return plain == null ? null : plain.replaceFirst("^the ", "");
    }

    /** A registration plate: letters and digits only, upper case ("ab12 cde" is "AB12CDE"). */
    public static String plate(String written) {
        if (written == null) {
            return null;
        }
        String plain = Normalizer.normalize(written, Normalizer.Form.NFD).replaceAll("[^A-Za-z0-9]", "")
                .toUpperCase(Locale.ROOT);
        return plain.isEmpty() ? null : plain;
    }

    /** An online handle: no leading {@code @}, no spaces, lower case. */
    public static String handle(String written) {
        String plain = written == null ? null : Normalizer.normalize(written.trim(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").replaceFirst("^@+", "").replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        return plain == null || plain.isEmpty() ? null : plain;
    }

    /** A platform's name as people say it: "insta" is instagram, "snap" snapchat, "x" twitter. */
    public static String platform(String written) {
        String plain = text(written);
        if (plain == null) {
            return null;
        }
        return switch (plain.replace(" ", "")) {
            case "insta", "ig" -> "instagram";
            case "snap", "sc" -> "snapchat";
            case "x", "twitterx" -> "twitter";
            case "fb" -> "facebook";
            case "whatsapp", "wa" -> "whatsapp";
            default -> plain.replace(" ", "");
        };
    }

    private static Map<String, String> forms(String... entries) {
        return Arrays.stream(entries).flatMap(entry -> {
            String[] parts = entry.split(":");
            return Arrays.stream(parts[1].split(",")).map(form -> Map.entry(form, parts[0]));
        }).collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
