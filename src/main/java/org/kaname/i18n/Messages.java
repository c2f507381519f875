package org.kaname.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Localised texts from one properties bundle. The base bundle ({@code name.properties}) is Japanese, the primary
 * language; {@code name_en.properties} is English. Lookup never falls back to the JVM's default locale, so a
 * Japanese request on an English machine still gets Japanese.
 */
public final class Messages {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The bundle {@code baseName} (e.g. {@code org.kaname.io.messages}) for English if the locale is English, else Japanese. */
    public static Messages of(String baseName, Locale locale) {
        Locale effective = isEnglish(locale) ? Locale.ENGLISH : Locale.JAPANESE;
        return new Messages(ResourceBundle.getBundle(baseName, effective, Messages.class.getClassLoader(), NO_FALLBACK),
                effective);
    }

    public static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** The text for {@code key} with {@code {0}}-style arguments filled in. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
