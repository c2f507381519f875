package org.kaname.edit;

import java.util.List;

/**
 * An edit that cannot be made, with the reason as a key of {@link EditTexts} and its values, so the person sees it in
 * their language ({@link EditTexts#refusal}); {@link #getMessage()} is English, for logs and tests only.
 */
public class EditRefusedException extends Exception {
    private final String key;
    private final List<String> arguments;

    public EditRefusedException(String key, String... arguments) {
        super(EditTexts.english().format("refused." + key, (Object[]) arguments));
        this.key = key;
        this.arguments = List.of(arguments);
    }

    private EditRefusedException(String localisedMessage, Void noKey) {
        super(localisedMessage);
        this.key = null;
        this.arguments = List.of(localisedMessage);
    }

    /** Without a key: a refusal already worded for the person (the plan validator's localised message). */
    public static EditRefusedException localised(String message) {
        return new EditRefusedException(message, (Void) null);
    }

    /** The bundle key below {@code refused.}, or null when the message is already localised. */
    public String key() {
        return key;
    }

    public List<String> arguments() {
        return arguments;
    }
}
