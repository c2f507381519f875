package org.kaname.ui;

/** Dialogs as a view model sees them, so view models can be tested with a fake. */
public interface DialogService {
    void showError(String title, String message);

    boolean confirm(String title, String message);
}
