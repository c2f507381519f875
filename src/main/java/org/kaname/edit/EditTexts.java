package org.kaname.edit;

import java.util.Locale;
import org.kaname.i18n.Messages;

/** The words for edits and refusals, Japanese first ({@code org/kaname/edit/messages*.properties}). */
public final class EditTexts {
    private static final String BUNDLE = "org.kaname.edit.messages";
    private final Messages messages;

    private EditTexts(Messages messages) {
        this.messages = messages;
    }

    public static EditTexts of(Locale locale) {
        return new EditTexts(Messages.of(BUNDLE, locale));
    }

    static EditTexts english() {
        return of(Locale.ENGLISH);
    }

    /** The edit as the undo menu and the history show it, e.g. 「評価を変更: S1-1 / 即効性 / 田中」. */
    public String describe(Edit edit) {
        return describe(edit.kind(), edit.arguments());
    }

    /** As {@link #describe(Edit)}, from what a journal entry keeps: the kind and the arguments. */
    public String describe(String kind, java.util.List<String> arguments) {
        return messages.get("edit." + kind, arguments.toArray());
    }

    /** The short name of a kind of edit, for the history's "edit" column and filter, e.g. 「評価の変更」. */
    public String kindName(String kind) {
        return messages.get("kind." + kind);
    }

    /** Why the edit was refused, in this language. */
    public String refusal(EditRefusedException e) {
        return e.key() == null ? e.getMessage() : messages.get("refused." + e.key(), e.arguments().toArray());
    }

    String format(String key, Object... arguments) {
        return messages.get(key, arguments);
    }
}
