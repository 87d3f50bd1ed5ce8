package org.homeward.infra.errors;

/** The caller's role may not take this action at all (as opposed to "no such record"). */
public class Forbidden extends HomewardException {

    public Forbidden(String detail) {
        super(Problem.FORBIDDEN, detail);
    }
}
