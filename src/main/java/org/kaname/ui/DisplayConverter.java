package org.kaname.ui;

import java.util.function.Function;
import javafx.util.StringConverter;

/** A converter for choice boxes and combo boxes that only show items: text one way, nothing back. */
public final class DisplayConverter {
    private DisplayConverter() {
    }

    /** Shows an item as {@code text} gives it, and null as empty. */
    public static <T> StringConverter<T> of(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
