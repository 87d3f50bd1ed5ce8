package org.homeward.api.mapping;

/** What a mapping entity is: a person, a place, a vehicle or an online handle. */
public enum EntityKind {
    PERSON, PLACE, VEHICLE, HANDLE;

    /** The lower-case name the meeting pack's port uses ({@code person}, {@code place}, ...). */
    public String portName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
