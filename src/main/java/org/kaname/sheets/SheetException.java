package org.kaname.sheets;

/** A request about score sheets that cannot be carried out as asked (unknown rater, no files, plan changed); the message is for a person. */
public class SheetException extends Exception {
    public SheetException(String message) {
        super(message);
    }
}
