package org.kaname.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * {@link StrictUtf8#check} and {@link StrictUtf8#reader} against the JDK's strict decoder ({@link StrictUtf8#decode}):
 * the same bytes refused at the same offset, the same blankness, the same characters; with chunks so small that
 * sequences fall across their seams.
 */
class StrictUtf8Test {
    /** Bytes that make up well-formed and ill-formed sequences and their edges. */
    private static final int[] INTERESTING = {0x00, 0x09, 0x20, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF,
        0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF, 0xBB};

    @Test
    void agreesWithTheJdkDecoderOnRandomBytes() throws IOException {
        SplittableRandom random = new SplittableRandom(11);
        for (int round = 0; round < 40_000; round++) {
            byte[] bytes = new byte[random.nextInt(round % 10 == 0 ? 40 : 9)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) INTERESTING[random.nextInt(INTERESTING.length)];
            }
            if (bytes.length >= 3 && random.nextInt(8) == 0) {
                bytes[0] = (byte) 0xEF;
                bytes[1] = (byte) 0xBB;
                bytes[2] = (byte) 0xBF;
            }
            assertSame(bytes);
        }
    }

    @Test
    void agreesOnTextAndOnEveryCutOfIt() throws IOException {
        byte[] text = ("\uFEFF　{\"施策\": \"𠮷野家 é ü\u2028\"}\n" + "ab𠮷 施策é\u0000".repeat(4)).getBytes(StandardCharsets.UTF_8);
        for (int end = 0; end <= text.length; end++) {
            byte[] cut = new byte[end];
            System.arraycopy(text, 0, cut, 0, end);
            assertSame(cut);
        }
    }

    @Test
    void blankIsWhitespaceOnlyAfterTheBom() throws Exception {
        assertThat(check(new byte[0]).blank()).isTrue();
        assertThat(check(bytes(0xEF, 0xBB, 0xBF, 0x20, 0x0A)).blank()).isTrue();
        assertThat(check("\u3000 \u2028".getBytes(StandardCharsets.UTF_8)).blank()).isTrue();
        assertThat(check("\u00A0".getBytes(StandardCharsets.UTF_8)).blank()).isFalse();
        assertThat(check(" {}".getBytes(StandardCharsets.UTF_8)).blank()).isFalse();
    }

    @Test
    void aNulInTheFirstFourBytesAfterTheBomIsNoPlainStart() throws Exception {
        assertThat(check("{\"a\": 1}".getBytes(StandardCharsets.UTF_8)).plainStart()).isTrue();
        assertThat(check(bytes(0xEF, 0xBB, 0xBF, '{', '}')).plainStart()).isTrue();
        assertThat(check(bytes('{', ' ', ' ', 0, '}')).plainStart()).isFalse();
        assertThat(check(bytes(0xEF, 0xBB, 0xBF, ' ', ' ', ' ', 0)).plainStart()).isFalse();
        assertThat(check(bytes(0, '{', '}')).plainStart()).isFalse();
        assertThat(check(bytes('{', ' ', ' ', ' ', 0, '}')).plainStart()).isTrue();
    }

    private static StrictUtf8.Checked check(byte[] bytes) throws Exception {
        return StrictUtf8.check(new ByteArrayInputStream(bytes));
    }

    private static void assertSame(byte[] bytes) throws IOException {
        String decoded = null;
        long offset = -1;
        try {
            decoded = StrictUtf8.decode(bytes);
        } catch (StrictUtf8.Malformed e) {
            offset = e.offset;
        }
        for (int chunk : new int[] {8, 9, 10, 11, 64}) {
            if (decoded == null) {
                StrictUtf8.Malformed e = catchThrowableOfType(StrictUtf8.Malformed.class,
                        () -> StrictUtf8.check(new ByteArrayInputStream(bytes), chunk));
                assertThat(e).as(() -> "refused: " + hex(bytes)).isNotNull();
                assertThat(e.offset).as(() -> "offset in " + hex(bytes)).isEqualTo(offset);
                continue;
            }
            try {
                assertThat(StrictUtf8.check(new ByteArrayInputStream(bytes), chunk).blank())
                        .as(() -> "blank: " + hex(bytes)).isEqualTo(decoded.isBlank());
            } catch (StrictUtf8.Malformed e) {
                throw new AssertionError("accepted by the JDK, refused at " + e.offset + ": " + hex(bytes), e);
            }
        }
        if (decoded == null) {
            return;
        }
        StringBuilder read = new StringBuilder();
        Reader reader = StrictUtf8.reader(new ByteArrayInputStream(bytes));
        char[] buffer = new char[3];
        for (int n; (n = reader.read(buffer, 0, 1 + (read.length() % 3))) >= 0; ) {
            read.append(buffer, 0, n);
        }
        assertThat(read.toString()).as(() -> "text of " + hex(bytes)).isEqualTo(decoded);
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static String hex(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (byte b : bytes) {
            s.append(String.format("%02X ", b & 0xFF));
        }
        return s.toString().trim();
    }
}
