package org.kaname.ui;

import java.util.Locale;

/**
 * The app's window-level actions doing nothing, for tests and screenshot tours that build a {@link MainView}; a test
 * that needs one action (the help folder, the browser) extends it and overrides that one.
 */
public class NoAppActions implements MainView.AppActions {
    @Override
    public void setLanguage(Locale locale) {
    }

    @Override
    public void zoom(double factor) {
    }

    @Override
    public void resetZoom() {
    }

    @Override
    public void setHighContrast(boolean on) {
    }

    @Override
    public boolean highContrast() {
        return false;
    }

    @Override
    public void quit() {
    }

    @Override
    public void screenShown(String screenId) {
    }

    @Override
    public void backUpNow() {
    }

    @Override
    public void restoreFromBackup() {
    }

    @Override
    public java.nio.file.Path dataDirectory() {
        return java.nio.file.Path.of("data");
    }
}
