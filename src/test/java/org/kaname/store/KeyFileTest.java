package org.kaname.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * kaname.key: the data key sealed under the passphrase; a wrong passphrase or a changed field never unlocks it.
 * H2 only: the key file of an encrypted local folder.
 */
class KeyFileTest {
    private static final byte[] DATA_KEY = new byte[32];

    static {
        for (int i = 0; i < DATA_KEY.length; i++) {
            DATA_KEY[i] = (byte) (i * 7);
        }
    }

    @Test
    void theRightPassphraseUnlocksTheSameDataKeyAfterAWriteAndARead() throws Exception {
        KeyFile sealed = KeyFile.seal(DATA_KEY, "correct horse".toCharArray());
        KeyFile read = KeyFile.parse(sealed.toBytes());
        assertThat(read.unwrap("correct horse".toCharArray())).isEqualTo(DATA_KEY);
        assertThat(new String(sealed.toBytes(), StandardCharsets.UTF_8)).contains("iterations=600000")
                .doesNotContain("correct horse");
        assertThatThrownBy(() -> read.unwrap("correct horsf".toCharArray()))
                .isInstanceOf(KeyFile.WrongPassphrase.class);
    }

    @Test
    void aLoweredIterationCountOrAnotherSaltIsRefusedNotUsed() throws Exception {
        String text = new String(KeyFile.seal(DATA_KEY, "correct horse".toCharArray()).toBytes(),
                StandardCharsets.UTF_8);
        // The count and salt are authenticated with the sealed key: an attacker cannot make guessing cheaper.
        KeyFile fewer = KeyFile.parse(text.replace("iterations=600000", "iterations=1000")
                .getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> fewer.unwrap("correct horse".toCharArray()))
                .isInstanceOf(KeyFile.WrongPassphrase.class);
        assertThatThrownBy(() -> KeyFile.parse("kaname-key 1\nkdf=MD5\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> KeyFile.parse("hello".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class);
    }

    @Test
    void eachSealHasItsOwnSaltSoEqualPassphrasesGiveDifferentFiles() {
        KeyFile a = KeyFile.seal(DATA_KEY, "same passphrase".toCharArray());
        KeyFile b = KeyFile.seal(DATA_KEY, "same passphrase".toCharArray());
        assertThat(a.toBytes()).isNotEqualTo(b.toBytes());
    }
}
