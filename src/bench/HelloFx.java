import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The floor for the startup benchmark: the smallest JavaFX window, launched from the class path as Kaname is (the
 * main class does not extend Application, like org.kaname.Launcher).
 */
public final class HelloFx {
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window itself. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setTitle("HelloFx");
            stage.setScene(new Scene(new Label("hello"), 1280, 800));
            stage.show();
        }
    }
}
