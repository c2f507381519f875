package org.kaname.ui;

/** Dialogs as a view model sees them, so view models can be tested with a fake. */
public interface DialogService {
    void showError(String title, String message);

    boolean confirm(String title, String message);

    /** Asks a question whose answers are actions, with the given button words; true for {@code yes}. */
    boolean ask(String title, String message, String yes, String no);

    /** Tells that something went well (a file written), in text the user can select and copy. */
    void inform(String title, String message);

    /** Asks for one line of text; empty when cancelled. */
    java.util.Optional<String> prompt(String title, String label, String initial);

    /**
     * Asks for one line of text with the given words on the accept and cancel buttons (「作成」 rather than a bare OK);
     * empty when cancelled. A fake may ignore the words.
     */
    default java.util.Optional<String> prompt(String title, String label, String initial, String accept,
            String cancel) {
        return prompt(title, label, initial);
    }

    /** An unexpected error: the message, and details (stack trace) the user can copy for support. */
    void showUnexpected(String title, String message, String details);
}
