package org.kaname.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The password for a server login, found the way PostgreSQL's own tools find it, so Kaname never stores one: the
 * password file ({@code PGPASSFILE}, else {@code ~/.pgpass}, on Windows {@code %APPDATA%\postgresql\pgpass.conf}),
 * whose lines read {@code host:port:database:username:password} with {@code *} matching anything and {@code \:},
 * {@code \\} escaping; the first matching line wins. Then the {@code PGPASSWORD} variable. Otherwise empty, and the
 * caller asks the person.
 * <p>
 * Like libpq, a password file that others may read (group or world permissions on a POSIX system) is ignored, with a
 * warning in the log.
 */
public final class PgPass {
    private static final Logger LOG = LoggerFactory.getLogger(PgPass.class);
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private PgPass() {
    }

    /** The password for {@code address}, from the password file or {@code PGPASSWORD} in {@code env}. */
    public static Optional<char[]> find(ServerAddress address, Map<String, String> env) {
        Optional<char[]> fromFile = file(env).flatMap(f -> fromFile(f, address));
        if (fromFile.isPresent()) {
            return fromFile;
        }
        String variable = env.get("PGPASSWORD");
        return variable == null || variable.isEmpty() ? Optional.empty() : Optional.of(variable.toCharArray());
    }

    /** Where the password file is looked for with {@code env}: {@code PGPASSFILE}, else the per-user default. */
    public static Optional<Path> file(Map<String, String> env) {
        String explicit = env.get("PGPASSFILE");
        if (explicit != null && !explicit.isBlank()) {
            return Optional.of(Path.of(explicit));
        }
        if (System.getProperty("os.name", "").startsWith("Windows")) {
            String appData = env.get("APPDATA");
            return appData == null || appData.isBlank() ? Optional.empty()
                    : Optional.of(Path.of(appData, "postgresql", "pgpass.conf"));
        }
        String home = System.getProperty("user.home", "");
        return home.isBlank() ? Optional.empty() : Optional.of(Path.of(home, ".pgpass"));
    }

    /** The password of the first line of {@code file} that matches {@code address}; empty if none or unusable. */
    static Optional<char[]> fromFile(Path file, ServerAddress address) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        if (readableByOthers(file)) {
            LOG.warn("ignoring the password file {}: others may read it; allow only its owner (chmod 0600)", file);
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warn("cannot read the password file {}", file, e);
            return Optional.empty();
        }
        String[] wanted = {address.host(), Integer.toString(address.port()), address.database(), address.user()};
        int number = 0;
        for (String line : lines) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = fields(line);
            if (fields.size() < 5) {
                LOG.warn("{}:{} has {} of the 5 fields host:port:database:username:password; skipped", file, number,
                        fields.size());
                continue;
            }
            if (matches(fields, wanted)) {
                // libpq takes the rest of the line as the password, colons and all.
                return Optional.of(String.join(":", fields.subList(4, fields.size())).toCharArray());
            }
        }
        return Optional.empty();
    }

    private static boolean matches(List<String> fields, String[] wanted) {
        for (int i = 0; i < wanted.length; i++) {
            String field = fields.get(i);
            if (!field.equals("*") && !field.equals(wanted[i])) {
                return false;
            }
        }
        return true;
    }

    /** The line's fields split at unescaped colons, with {@code \:} and {@code \\} unescaped. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '\\' && i + 1 < line.length()) {
                field.append(line.charAt(++i));
            } else if (ch == ':') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private static boolean readableByOthers(Path file) {
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (posix == null) {
            return false;
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            return permissions.stream().anyMatch(OTHERS::contains);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
