package org.kaname.sheets;

import java.util.Locale;
import org.kaname.i18n.Messages;

/** The words on a score sheet, in the language the sheet was written in (recorded in it, so reading checks the same words). */
final class SheetTexts {
    static final String BUNDLE = "org.kaname.sheets.messages";

    private final Messages messages;

    SheetTexts(Locale locale) {
        this.messages = Messages.of(BUNDLE, locale);
    }

    static SheetTexts forLanguage(String language) {
        return new SheetTexts(Locale.forLanguageTag(language == null ? "ja" : language));
    }

    String language() {
        return messages.locale().getLanguage();
    }

    String get(String key, Object... args) {
        return messages.get(key, args);
    }

    String header(int column) {
        return messages.get(SheetLayout.HEADER_KEYS.get(column));
    }
}
