package org.kaname.ui.projection;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/** A {@link PageMeasure} that stops the dealing of pages, at its next measurement, once {@code cancelled} says so. */
record CancellableMeasure(PageMeasure measure, BooleanSupplier cancelled) implements PageMeasure {
    private void check() {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("pagination cancelled");
        }
    }

    @Override
    public double height(PageBlock block, PageFit fit) {
        check();
        return measure.height(block, fit);
    }

    @Override
    public double gap(PageFit fit) {
        return measure.gap(fit);
    }

    @Override
    public double bodyHeight(String title, String subtitle, Standing standing) {
        check();
        return measure.bodyHeight(title, subtitle, standing);
    }
}
