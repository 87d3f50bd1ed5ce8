package org.homeward.api.quality;

import java.time.Instant;
import java.util.List;

import org.homeward.api.interviews.InterviewRecord;

/**
 * The interview's record as it was before an amendment, kept for good: version 1 is the record as first
 * written, and each amendment keeps the one it replaced.
 *
 * @param returnedFor the manager's reason for returning it, which the amendment answered
 */
public record RecordVersion(String interviewId, int version, InterviewRecord record, List<String> agreed,
                            Instant keptAt, String returnedFor) {

    public String id() {
        return interviewId + ":v" + version;
    }
}
