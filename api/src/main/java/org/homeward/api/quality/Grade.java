package org.homeward.api.quality;

/** Ofsted's words, as councils' audit tools grade. */
public enum Grade {
    GOOD, REQUIRES_IMPROVEMENT, INADEQUATE;

    public boolean isWeakness() {
        return this != GOOD;
    }
}
