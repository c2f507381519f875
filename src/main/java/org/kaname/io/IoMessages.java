package org.kaname.io;

import java.util.Arrays;
import java.util.Locale;

import org.kaname.i18n.Messages;

/** This package's message bundle; arguments are turned into strings first, so years read 2026, not 2,026. */
final class IoMessages {
    static final String BUNDLE = "org.kaname.io.messages";

    private final Messages messages;

    IoMessages(Locale locale) {
        this.messages = Messages.of(BUNDLE, locale == null ? Locale.JAPANESE : locale);
    }

    String get(String key, Object... args) {
        Object[] texts = Arrays.stream(args).map(String::valueOf).toArray();
        return messages.get(key, texts);
    }
}
