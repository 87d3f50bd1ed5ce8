package org.homeward.moderation.screening;

/** What automatic screening can find in a text. Contact details hold an item until a moderator decides. */
public enum FindingKind {
    PHONE_NUMBER(true),
    EMAIL_ADDRESS(true),
    SOCIAL_HANDLE(true),
    STREET_ADDRESS(true),
    POSTCODE(true),
    LINK(false),
    KNOWN_NAME(false),
    HARMFUL_TERM(false);

    private final boolean contactDetails;

    FindingKind(boolean contactDetails) {
        this.contactDetails = contactDetails;
    }

    public boolean contactDetails() {
        return contactDetails;
    }
}
