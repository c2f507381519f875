import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The floor for the startup benchmark: the smallest JavaFX window, launched the same way as Kaname. */
public class HelloFx extends Application {
    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("HelloFx");
        stage.setScene(new Scene(new Label("hello"), 1280, 800));
        stage.show();
    }
}
