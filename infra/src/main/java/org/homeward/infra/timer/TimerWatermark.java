package org.homeward.infra.timer;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The earliest minute whose {@link TimerSlot} may still hold work: every slot before it is empty.
 * Scans start here; filing a timer in an earlier minute (a clock set back) moves it back.
 */
@Document("timer_watermark")
record TimerWatermark(@Id String id, long minute) {

    static final String ID = "slots";
}
