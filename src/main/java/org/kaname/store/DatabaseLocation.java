package org.kaname.store;

import java.nio.file.Path;
import java.util.Objects;

/** Where the plans live: a local data directory, or a database on a PostgreSQL server. */
public sealed interface DatabaseLocation {
    /** The embedded H2 file in {@code directory} (this PC only). */
    record Local(Path directory) implements DatabaseLocation {
        public Local {
            Objects.requireNonNull(directory, "directory");
        }

        @Override
        public String display() {
            return directory.toString();
        }
    }

    /** A database on a server, shared by everyone who can log in to it. */
    record Server(ServerAddress address) implements DatabaseLocation {
        public Server {
            Objects.requireNonNull(address, "address");
        }

        @Override
        public String display() {
            return address.display();
        }
    }

    /**
     * The location in words, without its kind: the directory, or {@code user@host:5432/db}. The UI puts it into a
     * bundle message ("ローカル: {0}" / "共有: {0}").
     */
    String display();
}
