import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Builds Kaname's packages; run by the Maven profile {@code installer} ({@code ./mvnw -B -Pinstaller -DskipTests
 * package}) after the jar and its dependencies are in place, on the system the packages are for:
 * <ol>
 * <li>a runtime of our own: jlink with the JDK modules jdeps finds in the app plus {@code jlink.options}, and
 * JavaFX's native libraries laid into the runtime, so nothing is extracted into the user's profile at run time;</li>
 * <li>the app image (jpackage, {@code jpackage/app.options}: the settings every system shares);</li>
 * <li>the class-data-sharing archive, dumped from the classes a real start of the app loads;</li>
 * <li>the packages of this system: Linux {@code .deb}, {@code .rpm} and the portable {@code .tar.gz}; Windows
 * {@code .msi}; macOS {@code .pkg} ({@code jpackage/<system>.options}).</li>
 * </ol>
 * Runs as a single-file program ({@code java installer/BuildInstaller.java ...}) so it needs nothing but the JDK.
 * Arguments: {@code --version V --jar APP.jar --deps DIR --work DIR --out DIR}.
 */
public final class BuildInstaller {
    private static final String NAME = "kaname";
    private static final String MAIN_CLASS = "org.kaname.Launcher";
    /** JavaFX modules the app needs; their JDK dependencies come with them. */
    private static final List<String> JAVAFX_MODULES = List.of("javafx.controls", "javafx.swing");

    private final Path installer;
    private final String version;
    private final Path jar;
    private final Path deps;
    private final Path work;
    private final Path out;
    private final OperatingSystem os = OperatingSystem.current();

    private BuildInstaller(Map<String, String> args) {
        this.installer = Path.of(args.getOrDefault("--installer", "installer")).toAbsolutePath();
        this.version = required(args, "--version");
        this.jar = Path.of(required(args, "--jar")).toAbsolutePath();
        this.deps = Path.of(required(args, "--deps")).toAbsolutePath();
        this.work = Path.of(required(args, "--work")).toAbsolutePath();
        this.out = Path.of(required(args, "--out")).toAbsolutePath();
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = new LinkedHashMap<>();
        for (int i = 0; i + 1 < argv.length; i += 2) {
            args.put(argv[i], argv[i + 1]);
        }
        try {
            new BuildInstaller(args).build();
        } catch (BuildFailure e) {
            System.err.println("[installer] FAILED: " + e.getMessage());
            System.exit(1);
        }
    }

    private void build() throws Exception {
        long t0 = System.nanoTime();
        deleteTree(work);
        deleteTree(out);
        Files.createDirectories(work);
        Files.createDirectories(out);
        Path app = work.resolve("app");
        Path javafx = work.resolve("javafx");
        splitDependencies(app, javafx);

        Path runtime = work.resolve("runtime");
        List<String> modules = modulesTheAppUses(app, javafx);
        step("jlink: " + String.join(",", modules));
        List<String> jlink = new ArrayList<>(optionsFile(installer.resolve("jlink.options")));
        tool("jlink", with(jlink, "--module-path", javafx.toString(), "--add-modules", String.join(",", modules),
                "--output", runtime.toString()));
        layNativeLibraries(javafx, runtime);

        Path images = work.resolve("image");
        step("jpackage app-image");
        List<String> image = new ArrayList<>(optionsFile(options("app")));
        image.addAll(List.of("--type", "app-image", "--app-version", version, "--input", app.toString(), "--main-jar", jar.getFileName().toString(),
                "--main-class", MAIN_CLASS, "--runtime-image", runtime.toString(), "--icon", icon().toString(),
                "--dest", images.toString()));
        tool("jpackage", image.toArray(String[]::new));
        Path appImage = images.resolve(os.appImageName(NAME));
        if (os == OperatingSystem.LINUX) {
            shellLauncher(appImage);
        }
        classDataSharingArchive(appImage);

        switch (os) {
            case LINUX -> {
                tarGz(images, os.appImageName(NAME), out.resolve(NAME + "-" + version + "-linux-x64.tar.gz"));
                linuxPackage(appImage, "deb", NAME + "_" + version + "_amd64.deb");
                linuxPackage(appImage, "rpm", NAME + "-" + version + "-1.x86_64.rpm");
            }
            case WINDOWS -> systemPackage(appImage, "msi");
            case MAC -> systemPackage(appImage, "pkg");
        }
        step(String.format(Locale.ROOT, "done in %.0f s:", (System.nanoTime() - t0) / 1e9));
        try (Stream<Path> files = Files.list(out)) {
            files.sorted().forEach(f -> System.out.printf(Locale.ROOT, "  %s  %,d bytes%n", f, size(f)));
        }
    }

    /** The thin app jar and every library go on the class path; JavaFX goes into the runtime as modules. */
    private void splitDependencies(Path app, Path javafx) throws IOException {
        Files.createDirectories(app);
        Files.createDirectories(javafx);
        Files.copy(jar, app.resolve(jar.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
        try (Stream<Path> jars = Files.list(deps)) {
            for (Path dep : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                Path to = (dep.getFileName().toString().startsWith("javafx-") ? javafx : app).resolve(dep.getFileName());
                Files.copy(dep, to, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    /** The JDK modules jdeps finds the app and its libraries using, and the JavaFX ones. */
    private List<String> modulesTheAppUses(Path app, Path javafx) throws IOException {
        String classPath;
        try (Stream<Path> jars = Files.list(app)) {
            classPath = jars.map(Path::toString).sorted().collect(Collectors.joining(java.io.File.pathSeparator));
        }
        String found = tool("jdeps", "--print-module-deps", "--ignore-missing-deps", "--multi-release",
                Integer.toString(Runtime.version().feature()), "--module-path", javafx.toString(), "--add-modules",
                String.join(",", JAVAFX_MODULES), "--class-path", classPath,
                app.resolve(jar.getFileName()).toString()).trim();
        TreeSet<String> modules = new TreeSet<>(Arrays.asList(found.split(",")));
        modules.addAll(JAVAFX_MODULES);
        return List.copyOf(modules);
    }

    /**
     * JavaFX finds its native libraries in the runtime's own library folder before it would unpack them from its
     * jars into the user's home; jlink left them out of the image ({@code --exclude-resources} in jlink.options).
     */
    private void layNativeLibraries(Path javafx, Path runtime) throws IOException {
        Path into = runtime.resolve(os == OperatingSystem.WINDOWS ? "bin" : "lib");
        int laid = 0;
        try (Stream<Path> jars = Files.list(javafx)) {
            for (Path jfx : jars.sorted().toList()) {
                try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(jfx))) {
                    for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                        String name = e.getName();
                        if (!e.isDirectory() && !name.contains("/") && os.isNativeLibrary(name)) {
                            Files.copy(zip, into.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                            laid++;
                        }
                    }
                }
            }
        }
        if (laid == 0) {
            throw new BuildFailure("no JavaFX native library found in " + javafx
                    + ": the platform jars of JavaFX (classifier " + os.javafxClassifier() + ") are missing");
        }
        step("laid " + laid + " JavaFX native libraries into " + runtime.relativize(into));
    }

    /**
     * The class-data-sharing archive at {@code app/kaname.jsa}, which app.options names in the launcher: a real start
     * of the app (until its main window shows) lists the classes it loads, then the package's own runtime dumps the
     * runtime's share of them (the JDK's and JavaFX's) into one static archive.
     * <p>
     * Only the runtime's classes: Java 17 accepts an archive holding class-path classes only where the jars sit at the
     * very paths they had when it was dumped, and a package is installed elsewhere (per user on Windows, anywhere
     * for the portable folder). An archive of the runtime's classes moves with the runtime. Checked by a start that
     * must load its classes from it.
     */
    private void classDataSharingArchive(Path appImage) throws Exception {
        Path launcher = appImage.resolve(os.launcherPath(NAME));
        Path classList = work.resolve("kaname.classlist");
        Path trainingData = work.resolve("training-data");
        step("class-data sharing: a real start of the app, listing the classes it loads");
        Display display = Display.forTraining(os, work);
        try {
            // The first start makes the data folder and loads the sample plan; the usual start, the second, is the
            // one whose classes are listed.
            run(display.environment(Map.of("JAVA_TOOL_OPTIONS", "-Dkaname.startup.training=true")),
                    launcher.toString(), "--data", trainingData.toString());
            run(display.environment(Map.of("JAVA_TOOL_OPTIONS", "-XX:DumpLoadedClassList=" + classList
                    + " -Dkaname.startup.training=true")), launcher.toString(), "--data", trainingData.toString());
        } finally {
            display.close();
        }
        step("class-data sharing: dumping the archive");
        Path archive = appImage.resolve(os.appFolder()).resolve("kaname.jsa");
        List<String> dump = new ArrayList<>();
        dump.add(appImage.resolve(os.runtimeJava()).toString());
        // The launcher's heap and GC settings, so that the archive's object layout is the one it starts with.
        dump.addAll(launcherJvmOptions());
        dump.addAll(List.of("-Xshare:dump", "-XX:SharedClassListFile=" + classList,
                "-XX:SharedArchiveFile=" + archive));
        run(Map.of(), dump.toArray(String[]::new));
        if (!Files.isRegularFile(archive)) {
            throw new BuildFailure("the class-data-sharing archive was not written to " + archive);
        }
        Path loaded = work.resolve("class-load.log");
        run(Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + loaded), launcher.toString(), "--version");
        if (!Files.readString(loaded).contains("java.lang.Object source: shared objects file")) {
            throw new BuildFailure("the launcher does not use the class-data-sharing archive " + archive
                    + "; see " + loaded);
        }
        step(String.format(Locale.ROOT, "class-data sharing: %s, %,d bytes", appImage.relativize(archive),
                size(archive)));
    }

    /**
     * Replaces jpackage's native launcher on Linux with a shell script that starts the same Java with the same
     * options and class path, from jpackage's own launcher configuration ({@code lib/app/kaname.cfg}). Java 17's
     * Linux launcher asks rpm and then dpkg which package owns it at every start, 0.4 s and more on a desktop with
     * many packages, before Java even starts; the script finds its folder itself and never asks.
     */
    private void shellLauncher(Path appImage) throws IOException {
        Path config = appImage.resolve("lib/app/" + NAME + ".cfg");
        List<String> classPath = new ArrayList<>();
        List<String> javaOptions = new ArrayList<>();
        String mainClass = null;
        for (String line : Files.readAllLines(config, StandardCharsets.UTF_8)) {
            int eq = line.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String key = line.substring(0, eq);
            String value = line.substring(eq + 1);
            switch (key) {
                case "app.classpath" -> classPath.add(shellWord(value));
                case "app.mainclass" -> mainClass = value;
                case "java-options" -> javaOptions.add(shellWord(value));
                default -> { }
            }
        }
        if (mainClass == null || classPath.isEmpty()) {
            throw new BuildFailure(config + " names no main class or class path: jpackage changed its format");
        }
        String script = "#!/bin/sh\n"
                + "# Kaname's launcher (installer/BuildInstaller.java wrote it from jpackage's " + NAME + ".cfg; see\n"
                + "# installer/README.md): the app's own Java runtime with the options and class path of that file.\n"
                + "# Without arguments it opens the app; with a command it runs the command line.\n"
                + "APPDIR=$(dirname \"$(readlink -f \"$0\")\")/../lib/app\n"
                + "exec \"$APPDIR/../runtime/bin/java\" " + String.join(" ", javaOptions) + " \\\n"
                + "  -cp " + String.join(":", classPath) + " \\\n"
                + "  " + mainClass + " \"$@\"\n";
        Path launcher = appImage.resolve(os.launcherPath(NAME));
        Files.delete(launcher);
        Files.deleteIfExists(appImage.resolve("lib/libapplauncher.so"));
        Files.writeString(launcher, script, StandardCharsets.UTF_8);
        if (!launcher.toFile().setExecutable(true, false)) {
            throw new BuildFailure("cannot make " + launcher + " executable");
        }
        step("launcher: " + appImage.relativize(launcher) + " is a shell script (" + classPath.size() + " jars)");
    }

    /** A value of jpackage's configuration as one shell word, {@code $APPDIR} left for the shell to expand. */
    private static String shellWord(String value) {
        StringBuilder word = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (value.startsWith("$APPDIR", i)) {
                word.append("$APPDIR");
                i += "$APPDIR".length() - 1;
            } else {
                if (c == '"' || c == '\\' || c == '$' || c == '`') {
                    word.append('\\');
                }
                word.append(c);
            }
        }
        return word.append('"').toString();
    }

    /** The {@code --java-options} of app.options that shape the heap, without the archive's own. */
    private List<String> launcherJvmOptions() throws IOException {
        List<String> all = optionsFile(options("app"));
        List<String> jvm = new ArrayList<>();
        for (int i = 0; i + 1 < all.size(); i++) {
            if (all.get(i).equals("--java-options") && !all.get(i + 1).contains("SharedArchiveFile")
                    && !all.get(i + 1).startsWith("-Xshare")) {
                jvm.add(all.get(i + 1));
            }
        }
        return jvm;
    }

    private void linuxPackage(Path appImage, String type, String fileName) throws Exception {
        Path dest = work.resolve(type);
        step("jpackage " + type);
        tool("jpackage", with(optionsFile(options("linux")), "--type", type, "--name", NAME, "--app-version", version,
                "--app-image", appImage.toString(), "--icon", icon().toString(), "--dest", dest.toString(),
                "--resource-dir", installer.resolve("jpackage").resolve("linux").toString()));
        Path made;
        try (Stream<Path> files = Files.list(dest)) {
            made = files.filter(f -> f.toString().endsWith("." + type)).findFirst()
                    .orElseThrow(() -> new BuildFailure("jpackage wrote no ." + type + " into " + dest));
        }
        Files.move(made, out.resolve(fileName), StandardCopyOption.REPLACE_EXISTING);
    }

    private void systemPackage(Path appImage, String type) throws Exception {
        step("jpackage " + type);
        tool("jpackage", with(optionsFile(options(os.optionsName())), "--type", type, "--name", NAME,
                "--app-version", version, "--app-image", appImage.toString(), "--icon", icon().toString(),
                "--dest", out.toString()));
    }

    /** The portable app image: the folder {@code kaname/} packed with its permissions and times kept. */
    private void tarGz(Path parent, String folder, Path archive) throws Exception {
        step("tar.gz: " + archive.getFileName());
        run(Map.of(), "tar", "-C", parent.toString(), "-czf", archive.toString(), folder);
    }

    private Path options(String name) {
        return installer.resolve("jpackage").resolve(name + ".options");
    }

    /**
     * The arguments in an options file: one option per line with its value, a value with spaces in double quotes,
     * lines starting with {@code #} are comments. (The tools' own {@code @file} expansion belongs to their command-line
     * launchers, not to the ToolProvider this program calls.)
     */
    private static List<String> optionsFile(Path file) throws IOException {
        List<String> args = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            StringBuilder token = new StringBuilder();
            boolean quoted = false;
            boolean any = false;
            for (char c : text.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                    any = true;
                } else if (Character.isWhitespace(c) && !quoted) {
                    if (any) {
                        args.add(token.toString());
                        token.setLength(0);
                        any = false;
                    }
                } else {
                    token.append(c);
                    any = true;
                }
            }
            if (quoted) {
                throw new BuildFailure(file + ": a double quote is not closed in: " + line);
            }
            if (any) {
                args.add(token.toString());
            }
        }
        return args;
    }

    private static String[] with(List<String> options, String... more) {
        List<String> all = new ArrayList<>(options);
        all.addAll(Arrays.asList(more));
        return all.toArray(String[]::new);
    }

    private Path icon() {
        return installer.resolve("icons").resolve(os.iconFile());
    }

    private static String tool(String name, String... args) {
        ToolProvider tool = ToolProvider.findFirst(name)
                .orElseThrow(() -> new BuildFailure(name + " is not in this JDK (" + System.getProperty("java.home")
                        + "): build the installer with a full JDK 17 or newer"));
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        PrintStream printer = new PrintStream(output, true, StandardCharsets.UTF_8);
        int code = tool.run(printer, printer, args);
        String text = output.toString(StandardCharsets.UTF_8);
        if (code != 0) {
            throw new BuildFailure(name + " " + String.join(" ", args) + "\nexit " + code + ":\n" + text);
        }
        return text;
    }

    private static void run(Map<String, String> env, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        byte[] output;
        try (InputStream in = process.getInputStream()) {
            output = in.readAllBytes();
        }
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new BuildFailure(String.join(" ", command) + " did not finish in 10 minutes");
        }
        if (process.exitValue() != 0) {
            throw new BuildFailure(String.join(" ", command) + " (" + env + ")\nexit " + process.exitValue() + ":\n"
                    + new String(output, StandardCharsets.UTF_8));
        }
    }

    private static void step(String what) {
        System.out.println("[installer] " + what);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static String required(Map<String, String> args, String name) {
        String value = args.get(name);
        if (value == null || value.isBlank()) {
            throw new BuildFailure("missing " + name + " (usage: --version V --jar APP.jar --deps DIR --work DIR"
                    + " --out DIR [--installer DIR])");
        }
        return value;
    }

    /** What differs between the systems the packages are built on; everything else is in the options files. */
    enum OperatingSystem {
        LINUX("linux", ".so", "bin/%s", "lib/runtime/bin/java", "lib/app", "linux", "kaname-256.png"),
        WINDOWS("win", ".dll", "%s.exe", "runtime/bin/java.exe", "app", "windows", "kaname.ico"),
        MAC("mac", ".dylib", "Contents/MacOS/%s", "Contents/runtime/Contents/Home/bin/java", "Contents/app", "macos",
                "kaname.icns");

        private final String javafxClassifier;
        private final String nativeSuffix;
        private final String launcherPattern;
        private final String runtimeJava;
        private final String appFolder;
        private final String optionsName;
        private final String iconFile;

        OperatingSystem(String javafxClassifier, String nativeSuffix, String launcherPattern, String runtimeJava,
                String appFolder, String optionsName, String iconFile) {
            this.javafxClassifier = javafxClassifier;
            this.nativeSuffix = nativeSuffix;
            this.launcherPattern = launcherPattern;
            this.runtimeJava = runtimeJava;
            this.appFolder = appFolder;
            this.optionsName = optionsName;
            this.iconFile = iconFile;
        }

        static OperatingSystem current() {
            String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
            return name.startsWith("windows") ? WINDOWS : name.startsWith("mac") ? MAC : LINUX;
        }

        /** The classifier of JavaFX's platform jars. */
        String javafxClassifier() {
            return javafxClassifier;
        }

        boolean isNativeLibrary(String name) {
            return name.endsWith(nativeSuffix);
        }

        String appImageName(String name) {
            return this == MAC ? name + ".app" : name;
        }

        /** The launcher inside the app image. */
        String launcherPath(String name) {
            return String.format(Locale.ROOT, launcherPattern, name);
        }

        /** The {@code java} command of the runtime inside the app image. */
        String runtimeJava() {
            return runtimeJava;
        }

        /** Where jpackage puts the jars ({@code $APPDIR}) inside the app image. */
        String appFolder() {
            return appFolder;
        }

        /** The options file of this system's packages, in installer/jpackage/. */
        String optionsName() {
            return optionsName;
        }

        String iconFile() {
            return iconFile;
        }
    }

    /**
     * The display the training start draws on: the build's own, or on a Linux build machine without one (CI) a
     * private Xvfb server, since a real start of the app needs a real window.
     */
    private record Display(Process xvfb, String name) implements AutoCloseable {
        static Display forTraining(OperatingSystem os, Path work) throws Exception {
            String own = System.getenv("DISPLAY");
            if (os != OperatingSystem.LINUX || own != null && !own.isBlank()) {
                return new Display(null, own);
            }
            for (int n = 90; n < 110; n++) {
                if (Files.exists(Path.of("/tmp/.X11-unix/X" + n)) || Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
                    continue;
                }
                Process xvfb;
                try {
                    xvfb = new ProcessBuilder("Xvfb", ":" + n, "-screen", "0", "1280x800x24", "-nolisten", "tcp")
                            .redirectErrorStream(true).redirectOutput(work.resolve("xvfb.log").toFile()).start();
                } catch (IOException e) {
                    throw new BuildFailure("no display for the class-data-sharing training start: set DISPLAY or"
                            + " install Xvfb (Debian: apt-get install xvfb)");
                }
                for (int i = 0; i < 50 && !Files.exists(Path.of("/tmp/.X11-unix/X" + n)); i++) {
                    Thread.sleep(100);
                }
                return new Display(xvfb, ":" + n);
            }
            throw new BuildFailure("no free X display number between :90 and :109 for Xvfb");
        }

        Map<String, String> environment(Map<String, String> more) {
            Map<String, String> env = new LinkedHashMap<>(more);
            if (name != null) {
                env.put("DISPLAY", name);
            }
            return env;
        }

        @Override
        public void close() {
            if (xvfb != null) {
                xvfb.destroy();
            }
        }
    }

    /** A step that cannot go on, with what to do about it. */
    private static final class BuildFailure extends RuntimeException {
        BuildFailure(String message) {
            super(message);
        }
    }
}
