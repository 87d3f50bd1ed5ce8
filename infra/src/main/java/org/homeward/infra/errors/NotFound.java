package org.homeward.infra.errors;

/**
 * The record does not exist, or the caller has no relationship to it: the two are
 * deliberately indistinguishable so that nobody learns of a record they may not see.
 */
public class NotFound extends HomewardException {

    public NotFound(String what, String id) {
        super(Problem.NOT_FOUND, "No " + what + " " + id);
    }
}
