package org.kaname.ui.recovery;

import org.kaname.i18n.Messages;
import org.kaname.store.StorageUnavailableException;

/** Why the data folder cannot be used, in a sentence for a person (the app's dialogs; the CLI has its own). */
public final class StorageTexts {
    private StorageTexts() {
    }

    public static String unavailable(Messages messages, Throwable error) {
        if (error instanceof StorageUnavailableException e) {
            return switch (e.reason()) {
                case LOCKED -> messages.get("storage.locked", e.location());
                case NEWER_SCHEMA -> messages.get("storage.newer", e.location());
                case INACCESSIBLE -> messages.get("storage.inaccessible", e.location(), e.getMessage());
                case READ_ONLY -> messages.get("storage.readOnly", e.location());
                case DAMAGED -> messages.get("storage.damaged", e.location(), e.getMessage());
                case SERVER_UNREACHABLE -> messages.get("storage.serverUnreachable", e.location());
                case SERVER_LOGIN_FAILED -> messages.get("storage.serverLoginFailed", e.location());
                case SERVER_NEWER_SCHEMA -> messages.get("storage.serverNewer", e.location());
            };
        }
        return String.valueOf(error.getMessage());
    }
}
