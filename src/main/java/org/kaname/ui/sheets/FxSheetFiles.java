package org.kaname.ui.sheets;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kaname.i18n.Messages;

/** The system's file and folder choosers; remembers the last folder, as planners go back and forth to one folder. */
final class FxSheetFiles implements SheetFiles {
    private final Window owner;
    private final Messages messages;
    private File lastFolder;

    FxSheetFiles(Window owner, Locale locale) {
        this.owner = owner;
        this.messages = Messages.of(SheetsTexts.BUNDLE, locale);
    }

    @Override
    public Optional<Path> folder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File dir = chooser.showDialog(owner);
        if (dir == null) {
            return Optional.empty();
        }
        lastFolder = dir;
        return Optional.of(dir.toPath());
    }

    @Override
    public List<Path> scoreFiles(String title) {
        FileChooser chooser = chooser(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("files.scoreFiles"), "*.xlsx", "*.json"),
                new FileChooser.ExtensionFilter(messages.get("files.sheets"), "*.xlsx"),
                new FileChooser.ExtensionFilter(messages.get("files.json"), "*.json"));
        List<File> chosen = chooser.showOpenMultipleDialog(owner);
        if (chosen == null || chosen.isEmpty()) {
            return List.of();
        }
        lastFolder = chosen.get(0).getParentFile();
        return chosen.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> openJson(String title) {
        FileChooser chooser = chooser(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("files.json"), "*.json"));
        return remember(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> saveJson(String title, String proposedName) {
        FileChooser chooser = chooser(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("files.json"), "*.json"));
        chooser.setInitialFileName(proposedName);
        return remember(chooser.showSaveDialog(owner));
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    private Optional<Path> remember(File file) {
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.getParentFile();
        return Optional.of(file.toPath());
    }
}
