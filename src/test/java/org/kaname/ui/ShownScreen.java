package org.kaname.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * One screen on the test's stage, the way the app shows it: a fresh data folder with the sample plan
 * ({@link ScreenFixture}), the screen built on the FX thread in a scene of the given size with the app's stylesheet.
 * Closing it disposes the screen, closes the database and deletes the folder. Screen tests share this set-up instead
 * of each writing it out.
 */
public final class ShownScreen<S extends PlanScreen> implements AutoCloseable {
    public final Path dir;
    public final ScreenFixture fixture;
    public final S screen;
    private boolean closed;

    private ShownScreen(Path dir, ScreenFixture fixture, S screen) {
        this.dir = dir;
        this.fixture = fixture;
        this.screen = screen;
    }

    /** Builds the screen with {@code make} and shows it on {@code stage} at {@code width}×{@code height}. */
    public static <S extends PlanScreen> ShownScreen<S> show(Stage stage, Locale locale, int width, int height,
                                                             Function<ScreenContext, S> make) throws Exception {
        Path dir = Files.createTempDirectory("kaname-screen");
        ScreenFixture fixture = new ScreenFixture(dir, locale);
        S screen = WaitForAsyncUtils.asyncFx(() -> {
            S s = make.apply(fixture.context);
            Scene scene = new Scene((Parent) s.node(), width, height);
            Styles.apply(scene, JapaneseFont.family());
            stage.setScene(scene);
            stage.show();
            return s;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        return new ShownScreen<>(dir, fixture, screen);
    }

    @Override
    public void close() throws Exception {
        if (closed) {
            return;
        }
        closed = true;
        WaitForAsyncUtils.asyncFx(screen::dispose).get();
        fixture.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
