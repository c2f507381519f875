package org.kaname.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;

/**
 * Where a shared database is: a PostgreSQL server, one database on it, and the login to use. Written as libpq's URI
 * {@code postgresql://host[:port]/database?user=name} (also {@code postgres://}, {@code jdbc:postgresql://} and
 * {@code user@host} in front of the host); names may be percent-encoded ({@code %E4%BC%81}). No password: Kaname never
 * keeps one ({@link PgPass}).
 */
public record ServerAddress(String host, int port, String database, String user) {
    public static final int DEFAULT_PORT = 5432;
    private static final String[] SCHEMES = {"jdbc:postgresql://", "postgresql://", "postgres://"};

    public ServerAddress {
        requireText(host, "host");
        requireText(database, "database");
        requireText(user, "user");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not between 1 and 65535");
        }
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the " + what + " is missing");
        }
    }

    /**
     * Reads {@code uri}; an {@link IllegalArgumentException} says what is wrong in it (which part, and what was
     * expected), never a parser's internals.
     */
    public static ServerAddress parse(String uri) {
        if (uri == null || uri.isBlank()) {
            throw new IllegalArgumentException("no database address given; expected postgresql://host:port/database"
                    + "?user=name");
        }
        String text = uri.strip();
        String rest = null;
        for (String scheme : SCHEMES) {
            if (text.regionMatches(true, 0, scheme, 0, scheme.length())) {
                rest = text.substring(scheme.length());
                break;
            }
        }
        if (rest == null) {
            throw new IllegalArgumentException("\"" + uri + "\" is not a PostgreSQL address: it must start with"
                    + " postgresql:// (for example postgresql://db.example.lg.jp:5432/kaname?user=sato)");
        }
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        String path = slash < 0 ? "" : rest.substring(slash + 1);

        String user = null;
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            String userInfo = authority.substring(0, at);
            authority = authority.substring(at + 1);
            if (userInfo.contains(":")) {
                throw passwordGiven(uri);
            }
            user = decode(userInfo, "user", uri);
        }

        String host;
        String portText = null;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("the IPv6 host in \"" + uri + "\" lacks its closing ]");
            }
            host = authority.substring(1, close);
            String after = authority.substring(close + 1);
            if (!after.isEmpty()) {
                if (!after.startsWith(":")) {
                    throw new IllegalArgumentException("unexpected \"" + after + "\" after the host in \"" + uri
                            + "\"");
                }
                portText = after.substring(1);
            }
        } else {
            int colon = authority.indexOf(':');
            if (colon >= 0) {
                if (authority.indexOf(',') >= 0) {
                    throw new IllegalArgumentException("several hosts in \"" + uri + "\" are not supported; give one");
                }
                host = decode(authority.substring(0, colon), "host", uri);
                portText = authority.substring(colon + 1);
            } else {
                host = decode(authority, "host", uri);
            }
        }
        if (host.isBlank()) {
            throw new IllegalArgumentException("the host is missing in \"" + uri + "\"");
        }
        int port = DEFAULT_PORT;
        if (portText != null && !portText.isEmpty()) {
            port = port(portText, uri);
        }

        if (path.isEmpty()) {
            throw new IllegalArgumentException("the database name is missing in \"" + uri + "\": add it after the"
                    + " host, as in postgresql://" + authority + "/kaname");
        }
        String database = decode(path, "database", uri);
        if (database.contains("/")) {
            throw new IllegalArgumentException("the database name \"" + database + "\" in \"" + uri
                    + "\" contains /");
        }

        for (String param : query.isEmpty() ? new String[0] : query.split("&")) {
            if (param.isEmpty()) {
                continue;
            }
            int eq = param.indexOf('=');
            String key = eq < 0 ? param : param.substring(0, eq);
            String value = eq < 0 ? "" : decode(param.substring(eq + 1), key, uri);
            switch (key) {
                case "user" -> {
                    if (user != null && !user.equals(value)) {
                        throw new IllegalArgumentException("\"" + uri + "\" names two users, " + user + " and "
                                + value);
                    }
                    user = value;
                }
                case "password" -> throw passwordGiven(uri);
                default -> throw new IllegalArgumentException("unknown setting \"" + key + "\" in \"" + uri
                        + "\": only user=name is read");
            }
        }
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("the user is missing in \"" + uri + "\": add ?user=name (the"
                    + " PostgreSQL login)");
        }
        return new ServerAddress(host, port, database, user);
    }

    private static IllegalArgumentException passwordGiven(String uri) {
        return new IllegalArgumentException("the address \"" + redact(uri) + "\" contains a password; leave it out and"
                + " put it in the .pgpass file (or PGPASSWORD), or type it when asked");
    }

    /** The address without what could be a password, for a message. */
    private static String redact(String uri) {
        return uri.replaceAll("(//[^/@:]*):[^/@]*@", "$1:***@").replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    private static int port(String text, String uri) {
        if (!text.chars().allMatch(Character::isDigit) || text.length() > 5) {
            throw new IllegalArgumentException("the port \"" + text + "\" in \"" + uri + "\" is not a number"
                    + " between 1 and 65535");
        }
        int port = Integer.parseInt(text);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("the port " + port + " in \"" + uri + "\" is not between 1 and 65535");
        }
        return port;
    }

    /** Percent-decoding of one part (UTF-8); {@code +} stays a plus, as in a URI's path. */
    private static String decode(String part, String what, String uri) {
        if (part.indexOf('%') < 0) {
            return part;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < part.length(); i++) {
            char ch = part.charAt(i);
            if (ch == '%') {
                int hi = i + 2 < part.length() ? Character.digit(part.charAt(i + 1), 16) : -1;
                int lo = hi >= 0 ? Character.digit(part.charAt(i + 2), 16) : -1;
                if (lo < 0) {
                    throw new IllegalArgumentException("the " + what + " in \"" + uri + "\" has a broken"
                            + " percent-escape at \"" + part.substring(i, Math.min(part.length(), i + 3))
                            + "\" (expected % and two hex digits)");
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                byte[] utf8 = String.valueOf(ch).getBytes(StandardCharsets.UTF_8);
                bytes.write(utf8, 0, utf8.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the " + what + " in \"" + uri + "\" is not UTF-8 once"
                    + " percent-decoded");
        }
    }

    /** {@code postgresql://host:port/database?user=name}, percent-encoded where needed; {@link #parse} reads it back. */
    public String uri() {
        return "postgresql://" + hostPart() + ":" + port + "/" + encode(database) + "?user=" + encode(user);
    }

    /**
     * The JDBC URL of the database, with the user; the password goes to the driver separately. pgjdbc decodes the
     * URL with {@link java.net.URLDecoder}, so a space must be {@code %20} and a plus {@code %2B} (as {@link #encode}
     * writes them).
     */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + hostPart() + ":" + port + "/" + encode(database) + "?user=" + encode(user);
    }

    /** {@code user@host:port/database}, unencoded, for people. */
    public String display() {
        return user + "@" + hostPart() + ":" + port + "/" + database;
    }

    private String hostPart() {
        return host.indexOf(':') >= 0 ? "[" + host + "]" : encode(host);
    }

    /** Percent-encodes everything but RFC 3986's unreserved characters. */
    static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char ch = (char) (b & 0xff);
            if (ch < 0x80 && (Character.isLetterOrDigit(ch) || ch == '-' || ch == '.' || ch == '_' || ch == '~')) {
                out.append(ch);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return display();
    }
}
