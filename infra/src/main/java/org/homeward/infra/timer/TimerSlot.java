package org.homeward.infra.timer;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The timers that fall due in one minute: an index on the due instant kept by hand, so that a scan
 * for due work reads a handful of documents by {@code _id} on any server. An entry is
 * {@code <timer id>|<generation>}; scheduling a timer again files a new generation, and the entries
 * of earlier generations are dropped when a scan meets them.
 *
 * @param minute  the minute since the epoch in which the timers fall due
 * @param entries the timers filed here
 * @param version changes with every filing, so an emptied slot is deleted only if nothing was filed since
 */
@Document("timer_slots")
@CompoundIndex(name = "version", def = "{'_id': 1, 'version': 1}", unique = true)
record TimerSlot(@Id String id, @Indexed long minute, List<String> entries, String version) {

    static String key(long minute) {
        return "m" + minute;
    }

    static long minuteOf(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), 60);
    }

    static String entry(String timerId, String generation) {
        return timerId + "|" + generation;
    }

    /**
     * A new generation for a timer due at {@code dueAt}: it starts with the due second (and a {@code u}
     * when the timer is urgent), so that a scan can tell from the entry alone that a timer is not due
     * yet, and which due entries to read first under a backlog.
     */
    static String generation(Instant dueAt, boolean urgent) {
        return "d" + dueAt.getEpochSecond() + (urgent ? "u" : "") + "." + org.homeward.infra.ids.Ids.next();
    }

    /**
     * The second the entry's timer was filed as due at (it may be due later, never sooner: a claim
     * or a retry only moves it later), or {@link Long#MIN_VALUE} for an entry filed before
     * generations carried it (it is read).
     */
    static long filedDue(String entry) {
        String generation = generation(entry);
        int end = 1;
        while (end < generation.length() && Character.isDigit(generation.charAt(end))) {
            end++;
        }
        if (!generation.startsWith("d") || end == 1 || generation.indexOf('.') < end) {
            return Long.MIN_VALUE;
        }
        try {
            return Long.parseLong(generation, 1, end, 10);
        } catch (NumberFormatException e) {
            return Long.MIN_VALUE;
        }
    }

    /** Whether the entry's timer was filed urgent. */
    static boolean filedUrgent(String entry) {
        String generation = generation(entry);
        int dot = generation.indexOf('.');
        return generation.startsWith("d") && dot > 1 && generation.charAt(dot - 1) == 'u';
    }

    static String timerId(String entry) {
        return entry.substring(0, entry.lastIndexOf('|'));
    }

    static String generation(String entry) {
        return entry.substring(entry.lastIndexOf('|') + 1);
    }

    List<String> entriesOrEmpty() {
        return entries == null ? List.of() : entries;
    }
}
