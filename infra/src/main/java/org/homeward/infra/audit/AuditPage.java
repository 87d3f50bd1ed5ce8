package org.homeward.infra.audit;

import java.util.List;

/**
 * A page of audit entries, newest first.
 *
 * @param items the entries
 * @param next  an opaque cursor to the older entries that follow, or null when there are none
 */
public record AuditPage(List<AuditEntry> items, String next) {

    public AuditPage {
        items = List.copyOf(items);
    }
}
