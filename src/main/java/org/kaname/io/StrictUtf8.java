package org.kaname.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 decoding that refuses malformed bytes instead of replacing them: a CP932 (Shift_JIS) file must be
 * reported, not silently turned into 文字化け. A leading UTF-8 byte order mark is skipped.
 */
final class StrictUtf8 {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** Bytes looked at, at a time, by {@link #check(InputStream)}. */
    private static final int CHUNK = 1 << 16;

    /**
     * Thrown with the offset, in the original bytes, of the first byte that is not valid UTF-8, and whether the
     * content merely ends there in the middle of a character (a file cut short, not one in another encoding).
     */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;
        final long offset;
        final boolean truncated;

        Malformed(long offset) {
            this(offset, false);
        }

        Malformed(long offset, boolean truncated) {
            super((truncated ? "UTF-8 cut short at byte offset " : "malformed UTF-8 at byte offset ") + offset, null,
                    false, false);
            this.offset = offset;
            this.truncated = truncated;
        }
    }

    /** What {@link #check} found out about content that is UTF-8. */
    record Checked(boolean blank, boolean plainStart) {
    }

    private StrictUtf8() {
    }

    static String decode(byte[] bytes) throws Malformed {
        int start = hasBom(bytes) ? BOM.length : 0;
        CharsetDecoder decoder = strictDecoder();
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new Malformed(in.position(), cutShort(bytes, in.position(), bytes.length));
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new Malformed(in.position());
        }
        out.flip();
        return out.toString();
    }

    /**
     * Checks that the content of {@code in} is UTF-8 as {@link #decode} does, with the same {@link Malformed}
     * offset, reading it a chunk at a time and never building the text. Tells whether the text (after a BOM) is
     * blank, as {@link String#isBlank()} would say of the decoded text, and whether none of its first four bytes
     * after a BOM is 0 (Jackson then reads the bytes as UTF-8, not as the UTF-16 or UTF-32 its encoding detection
     * would take them for).
     *
     * <p>A plain loop rather than a {@link CharsetDecoder}: in a freshly started JVM it runs several times faster
     * over tens of megabytes. The rule is the decoder's (Unicode's well-formed byte sequences, table 3-7: no
     * overlong forms, no surrogates, nothing above U+10FFFF), and the offset is where the first sequence that is
     * not well formed, or is cut short by the end, starts, which is where the decoder stops.
     */
    static Checked check(InputStream in) throws Malformed, IOException {
        return check(in, CHUNK);
    }

    /** {@link #check(InputStream)} reading {@code chunk} bytes at a time (at least 8), for tests of the seams. */
    static Checked check(InputStream in, int chunk) throws Malformed, IOException {
        byte[] buffer = new byte[Math.max(8, chunk)];
        long base = 0;
        int n = fill(in, buffer, 0);
        int i = n >= BOM.length && buffer[0] == BOM[0] && buffer[1] == BOM[1] && buffer[2] == BOM[2] ? BOM.length : 0;
        boolean plainStart = true;
        for (int k = i; k < Math.min(n, i + 4); k++) {
            plainStart = plainStart && buffer[k] != 0;
        }
        boolean blank = true;
        while (true) {
            while (i < n && buffer[i] >= 0) {
                blank = blank && Character.isWhitespace(buffer[i]);
                i++;
            }
            if (i < n) {
                if (n - i < 4 && n == buffer.length) {
                    // The sequence may go on in the next chunk: keep its start and read on behind it.
                    System.arraycopy(buffer, i, buffer, 0, n - i);
                    base += i;
                    n = fill(in, buffer, n - i);
                    i = 0;
                }
                int length = sequenceLength(buffer, i, n);
                if (length == 0) {
                    // Fewer than four bytes left in a part-filled buffer means the content ends here.
                    throw new Malformed(base + i, n < buffer.length && cutShort(buffer, i, n));
                }
                blank = blank && Character.isWhitespace(codePoint(buffer, i, length));
                i += length;
            } else if (n < buffer.length) {
                return new Checked(blank, plainStart);
            } else {
                base += n;
                n = fill(in, buffer, 0);
                i = 0;
            }
        }
    }

    /** Reads into {@code buffer} from {@code from} until it is full or the content ends; returns its fill. */
    private static int fill(InputStream in, byte[] buffer, int from) throws IOException {
        int n = from;
        while (n < buffer.length) {
            int read = in.read(buffer, n, buffer.length - n);
            if (read < 0) {
                break;
            }
            n += read;
        }
        return n;
    }

    /**
     * The length of the well-formed multi-byte sequence starting at {@code i}, within {@code bytes[0, end)}, or 0
     * if there is none.
     */
    private static int sequenceLength(byte[] bytes, int i, int end) {
        int b0 = bytes[i] & 0xFF;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            return i + 1 < end && continuation(bytes[i + 1], 0x80, 0xBF) ? 2 : 0;
        }
        if (b0 >= 0xE0 && b0 <= 0xEF) {
            int lo = b0 == 0xE0 ? 0xA0 : 0x80;
            int hi = b0 == 0xED ? 0x9F : 0xBF;
            return i + 2 < end && continuation(bytes[i + 1], lo, hi) && continuation(bytes[i + 2], 0x80, 0xBF)
                    ? 3 : 0;
        }
        if (b0 >= 0xF0 && b0 <= 0xF4) {
            int lo = b0 == 0xF0 ? 0x90 : 0x80;
            int hi = b0 == 0xF4 ? 0x8F : 0xBF;
            return i + 3 < end && continuation(bytes[i + 1], lo, hi) && continuation(bytes[i + 2], 0x80, 0xBF)
                    && continuation(bytes[i + 3], 0x80, 0xBF) ? 4 : 0;
        }
        return 0;
    }

    /**
     * Whether {@code bytes[i, end)} is the start of a well-formed sequence that the end cuts short: a lead byte and
     * fewer continuation bytes than it needs, each in its allowed range.
     */
    static boolean cutShort(byte[] bytes, int i, int end) {
        int b0 = bytes[i] & 0xFF;
        int needed;
        int lo = 0x80;
        int hi = 0xBF;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            needed = 2;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            needed = 3;
            lo = b0 == 0xE0 ? 0xA0 : 0x80;
            hi = b0 == 0xED ? 0x9F : 0xBF;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            needed = 4;
            lo = b0 == 0xF0 ? 0x90 : 0x80;
            hi = b0 == 0xF4 ? 0x8F : 0xBF;
        } else {
            return false;
        }
        int have = end - i;
        if (have >= needed) {
            return false;
        }
        for (int k = 1; k < have; k++) {
            if (!continuation(bytes[i + k], k == 1 ? lo : 0x80, k == 1 ? hi : 0xBF)) {
                return false;
            }
        }
        return true;
    }

    private static boolean continuation(byte b, int lo, int hi) {
        int v = b & 0xFF;
        return v >= lo && v <= hi;
    }

    /** The code point of the well-formed sequence of {@code length} bytes at {@code i}. */
    private static int codePoint(byte[] bytes, int i, int length) {
        switch (length) {
            case 2:
                return (bytes[i] & 0x1F) << 6 | (bytes[i + 1] & 0x3F);
            case 3:
                return (bytes[i] & 0x0F) << 12 | (bytes[i + 1] & 0x3F) << 6 | (bytes[i + 2] & 0x3F);
            default:
                return (bytes[i] & 0x07) << 18 | (bytes[i + 1] & 0x3F) << 12 | (bytes[i + 2] & 0x3F) << 6
                        | (bytes[i + 3] & 0x3F);
        }
    }

    /**
     * The text of {@code in} (after a BOM) as characters, decoded strictly: the characters {@link #decode} gives of
     * the same bytes, without holding them all. Bytes that are not UTF-8 are a
     * {@link java.nio.charset.MalformedInputException} here; {@link #check} them first to report them properly.
     */
    static Reader reader(InputStream in) throws IOException {
        PushbackInputStream content = new PushbackInputStream(in, BOM.length);
        byte[] start = new byte[BOM.length];
        int n = 0;
        for (int read; n < start.length && (read = content.read(start, n, start.length - n)) >= 0; ) {
            n += read;
        }
        if (!(n == BOM.length && start[0] == BOM[0] && start[1] == BOM[1] && start[2] == BOM[2])) {
            content.unread(start, 0, n);
        }
        return new InputStreamReader(content, strictDecoder());
    }

    private static CharsetDecoder strictDecoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= BOM.length && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
    }
}
