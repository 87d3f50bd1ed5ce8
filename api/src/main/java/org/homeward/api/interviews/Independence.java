package org.homeward.api.interviews;

import org.homeward.infra.errors.RuleViolation;

/**
 * Whether someone may interview the child: never a current carer or the allocated social worker
 * unless the child asked for that person; never last time's interviewer if the child asked for
 * someone different. Says why when not.
 *
 * @param currentCarer     the person is one of the child's carers today
 * @param allocatedWorker  the person is the child's allocated social worker today
 */
record Independence(String personId, String name, boolean currentCarer, boolean allocatedWorker,
                    Interview.ChildRequest request) {

    /** True when the child asked for this person (independence waived, and the record keeps it). */
    boolean childAsked() {
        if (request == null) {
            return false;
        }
        return switch (request.preference()) {
            case THIS_PERSON -> personId.equals(request.personId());
            case SAME_AS_LAST -> personId.equals(request.previousInterviewerId());
            case DIFFERENT -> false;
        };
    }

    /** Refuses, saying why, an interviewer who is not independent and whom the child did not ask for. */
    boolean check() {
        if (request != null && request.preference() == Interview.ChildRequest.Preference.DIFFERENT
                && personId.equals(request.previousInterviewerId())) {
            throw new RuleViolation(name + " interviewed the child last time, and the child asked for someone different");
        }
        if (childAsked()) {
            return true;
        }
        if (currentCarer) {
            throw new RuleViolation(name + " is a current carer of the child; the interviewer must be independent of"
                    + " the child's care unless the child asks for them");
        }
        if (allocatedWorker) {
            throw new RuleViolation(name + " is the child's allocated social worker; the interviewer must be"
                    + " independent of the child's care unless the child asks for them");
        }
        return false;
    }
}
