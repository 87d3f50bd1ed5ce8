package org.homeward.infra.errors;

/** A well-formed request that a domain rule refuses (an illegal state transition, say). */
public class RuleViolation extends HomewardException {

    public RuleViolation(String detail) {
        super(Problem.RULE_VIOLATION, detail);
    }
}
