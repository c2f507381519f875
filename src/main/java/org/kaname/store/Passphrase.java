package org.kaname.store;

import java.util.Optional;

/**
 * Where the passphrase of an encrypted data folder comes from: the CLI's {@code KANAME_PASSPHRASE_FILE} or prompt, the
 * app's dialog. Asked only when needed, so an unencrypted folder never prompts. The caller owns the returned array
 * and the store wipes it once the key is derived.
 */
public interface Passphrase {
    /** For unencrypted use only: no passphrase, and a new folder is created unencrypted. */
    Passphrase NONE = new Passphrase() {
        @Override
        public Optional<char[]> unlock() {
            return Optional.empty();
        }

        @Override
        public Optional<char[]> forNewFolder() {
            return Optional.empty();
        }
    };

    /** The passphrase that opens an encrypted folder, or empty when none can be had (no file, no one to ask). */
    Optional<char[]> unlock();

    /** The passphrase to create a new data folder encrypted with, or empty to create it unencrypted. */
    Optional<char[]> forNewFolder();

    /** A fixed passphrase (the app's dialog, tests): opens an encrypted folder and creates new folders encrypted. */
    static Passphrase of(char[] passphrase) {
        char[] kept = passphrase.clone();
        return new Passphrase() {
            @Override
            public Optional<char[]> unlock() {
                return Optional.of(kept.clone());
            }

            @Override
            public Optional<char[]> forNewFolder() {
                return Optional.of(kept.clone());
            }
        };
    }
}
