package org.kaname.ui;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;

/**
 * Keeps a screen's plan-wide work (a ranking, a schedule, a table of every score) to the screen that is shown: a
 * change of the plan recomputes at once while the screen is shown, and only marks it stale while it is not; it
 * recomputes once when it is shown again. So a score typed on the scoring screen does not rank, schedule and
 * compare the plan for seven screens nobody sees, and opening a plan fills only the screen shown.
 */
public final class Freshness {
    private final ObservableBooleanValue shown;
    private final Runnable recompute;
    private final ChangeListener<Boolean> onShown;
    private boolean stale;

    /**
     * {@code upToDate}: whether what {@code recompute} makes is already there (computed in the constructor of a view
     * model that was shown then); else it is made at once when shown, or when first shown.
     */
    public Freshness(ObservableBooleanValue shown, Runnable recompute, boolean upToDate) {
        this.shown = shown;
        this.recompute = recompute;
        this.onShown = (o, was, now) -> {
            if (now && stale) {
                stale = false;
                recompute.run();
            }
        };
        shown.addListener(onShown);
        stale = !upToDate;
        if (stale && shown.get()) {
            stale = false;
            recompute.run();
        }
    }

    /** The plan changed: recomputes now when shown, else when next shown. */
    public void invalidate() {
        if (shown.get()) {
            stale = false;
            recompute.run();
        } else {
            stale = true;
        }
    }

    /** Whether a recomputation waits for the screen to be shown. */
    public boolean isStale() {
        return stale;
    }

    /** Stops following the screen's visibility (when the plan is closed). */
    public void dispose() {
        shown.removeListener(onShown);
    }
}
