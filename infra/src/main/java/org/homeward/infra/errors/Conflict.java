package org.homeward.infra.errors;

/** The request clashes with what is already stored (a duplicate, a stale state). */
public class Conflict extends HomewardException {

    public Conflict(String detail) {
        super(Problem.CONFLICT, detail);
    }
}
