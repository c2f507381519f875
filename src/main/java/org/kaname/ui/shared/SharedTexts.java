package org.kaname.ui.shared;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.kaname.i18n.Messages;

/** The shared mode's short texts for the main window: where the plans live, and whose changes arrived. */
public final class SharedTexts {
    /** The bundle of the shared mode's dialogs. */
    public static final String BUNDLE = "org.kaname.ui.shared.messages";

    private SharedTexts() {
    }

    /**
     * The status bar's database label: 「ローカル: C:\…\data」, 「共有: user@host:5432/db」, with the user's role on the
     * open plan in words when it is known (「共有: …（あなたの役割: 採点者）」). {@code app} is the main window's bundle.
     */
    public static String database(Messages app, boolean shared, String display, String role) {
        if (!shared) {
            return display.isEmpty() ? "" : app.get("database.local", display);
        }
        return role == null || role.isEmpty() ? app.get("database.shared", display)
                : app.get("database.sharedRole", display, role);
    }

    /** 「山田さん、佐藤さん」 / "yamada, sato": each name once, in the order they came; 「ほかの人」 when none is known. */
    public static String people(Messages app, List<String> users) {
        String named = new LinkedHashSet<>(users).stream().filter(u -> u != null && !u.isBlank())
                .map(u -> app.get("refreshed.user", u.strip()))
                .collect(Collectors.joining(app.get("refreshed.separator")));
        return named.isEmpty() ? app.get("refreshed.someone") : named;
    }
}
