package org.kaname.fuzz;

import java.nio.file.Path;
import java.util.Locale;
import org.kaname.service.Services;
import org.kaname.store.JournalFilter;
import org.kaname.store.PlanSummary;

/**
 * A fingerprint of everything stored in a data folder: every plan's listing and its exported text, its journal and
 * its saved versions. Two equal fingerprints mean a command changed nothing a user could see. Read through
 * {@link Services} between commands, when no command holds the folder.
 */
final class StoredState {
    private StoredState() {
    }

    static String of(Path data) {
        StringBuilder s = new StringBuilder();
        try (Services services = Services.open(data, Locale.ROOT)) {
            for (PlanSummary p : services.plans().plans()) {
                s.append(p).append('\n');
                s.append(services.plans().exportText(p.id())).append('\n');
                s.append("journal ").append(services.history().rows(p.id(), JournalFilter.ALL, Locale.ROOT).size())
                        .append(" last ").append(services.history().lastSeq(p.id())).append('\n');
                s.append("versions ").append(services.versions().versions(p.id())).append('\n');
            }
        } catch (Exception e) {
            throw new AssertionError("cannot read the data folder " + data + " for its fingerprint", e);
        }
        return s.toString();
    }

    /** Where two fingerprints first differ, for the failure message. */
    static String difference(String before, String after) {
        int i = 0;
        while (i < before.length() && i < after.length() && before.charAt(i) == after.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 60);
        return "first difference at char " + i + ": before «"
                + before.substring(from, Math.min(before.length(), i + 120)) + "» after «"
                + after.substring(from, Math.min(after.length(), i + 120)) + "»";
    }
}
