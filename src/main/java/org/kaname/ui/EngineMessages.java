package org.kaname.ui;

import java.util.Locale;
import org.kaname.engine.EngineException;
import org.kaname.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An engine failure in the user's language (Japanese, or English for an English locale): the text of its
 * {@link EngineException#key()} in {@link EngineException#BUNDLE}, filled with its arguments. Every screen that shows
 * an engine failure goes through here, so the engine's English (kept for the log and the command line) never reaches
 * a screen; a key without a text gives a general sentence and the English goes to the log.
 */
public final class EngineMessages {
    private static final Logger LOG = LoggerFactory.getLogger(EngineMessages.class);
    /** The general sentence for a failure whose key has no text. */
    static final String GENERIC = "failure.generic";

    private EngineMessages() {
    }

    public static String of(EngineException e, Locale locale) {
        Messages messages = Messages.of(EngineException.BUNDLE, locale);
        String key = e.key();
        if (key == null || !messages.bundle().containsKey(key)) {
            LOG.warn("No text for the engine's failure {}: {}", key, e.getMessage());
            return messages.get(GENERIC);
        }
        return messages.get(key, e.arguments().toArray());
    }

    /** An engine failure as {@link #of}; any other error by its own message (never null). */
    public static String of(Throwable error, Locale locale) {
        if (error instanceof EngineException e) {
            return of(e, locale);
        }
        return error.getMessage() == null ? error.toString() : error.getMessage();
    }
}
