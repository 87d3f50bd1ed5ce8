package org.homeward.content.items;

/** Who an item is written for. {@link #ALL_AGES} items appear in every band. */
public enum AgeBand {
    AGES_10_TO_12,
    AGES_13_TO_15,
    AGES_16_TO_18,
    ALL_AGES
}
