package org.kaname.service;

/** A change of a plan's members that cannot be made; the message is worded for the person, in their language. */
public final class MemberRefusedException extends Exception {
    private static final long serialVersionUID = 1L;

    public MemberRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
