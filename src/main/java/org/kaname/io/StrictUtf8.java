package org.kaname.io;

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

    /** Thrown with the offset, in the original bytes, of the first byte that is not valid UTF-8. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;
        final long offset;

        Malformed(long offset) {
            super("malformed UTF-8 at byte offset " + offset, null, false, false);
            this.offset = offset;
        }
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
            throw new Malformed(in.position());
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new Malformed(in.position());
        }
        out.flip();
        return out.toString();
    }

    /**
     * Checks that {@code bytes} are UTF-8 as {@link #decode} does, with the same {@link Malformed} offset, without
     * building the text. Returns whether the text (after a BOM) is blank, as {@link String#isBlank()} would say of
     * the decoded text.
     *
     * <p>A plain loop rather than a {@link CharsetDecoder}: in a freshly started JVM it runs several times faster
     * over tens of megabytes. The rule is the decoder's (Unicode's well-formed byte sequences, table 3-7: no
     * overlong forms, no surrogates, nothing above U+10FFFF), and the offset is where the first sequence that is
     * not well formed, or is cut short by the end, starts, which is where the decoder stops.
     */
    static boolean check(byte[] bytes) throws Malformed {
        int i = hasBom(bytes) ? BOM.length : 0;
        int n = bytes.length;
        boolean blank = true;
        while (i < n) {
            int b = bytes[i];
            if (b >= 0) {
                blank = blank && Character.isWhitespace(b);
                i++;
                continue;
            }
            int length = sequenceLength(bytes, i);
            if (length == 0) {
                throw new Malformed(i);
            }
            blank = blank && Character.isWhitespace(codePoint(bytes, i, length));
            i += length;
        }
        return blank;
    }

    /** The length of the well-formed multi-byte sequence starting at {@code i}, or 0 if there is none. */
    private static int sequenceLength(byte[] bytes, int i) {
        int n = bytes.length;
        int b0 = bytes[i] & 0xFF;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            return i + 1 < n && continuation(bytes[i + 1], 0x80, 0xBF) ? 2 : 0;
        }
        if (b0 >= 0xE0 && b0 <= 0xEF) {
            int lo = b0 == 0xE0 ? 0xA0 : 0x80;
            int hi = b0 == 0xED ? 0x9F : 0xBF;
            return i + 2 < n && continuation(bytes[i + 1], lo, hi) && continuation(bytes[i + 2], 0x80, 0xBF)
                    ? 3 : 0;
        }
        if (b0 >= 0xF0 && b0 <= 0xF4) {
            int lo = b0 == 0xF0 ? 0x90 : 0x80;
            int hi = b0 == 0xF4 ? 0x8F : 0xBF;
            return i + 3 < n && continuation(bytes[i + 1], lo, hi) && continuation(bytes[i + 2], 0x80, 0xBF)
                    && continuation(bytes[i + 3], 0x80, 0xBF) ? 4 : 0;
        }
        return 0;
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
     * The text of {@code bytes}, which {@link #check} has accepted, read as a stream of characters (after a BOM):
     * the same characters {@link #decode} gives, without holding them all.
     */
    static Reader reader(byte[] bytes) {
        return new CheckedReader(bytes, hasBom(bytes) ? BOM.length : 0);
    }

    /** Decodes bytes known to be well-formed UTF-8 (see {@link #check}); a plain loop, like {@link #check}. */
    private static final class CheckedReader extends Reader {
        private final byte[] bytes;
        private int pos;
        /** The low surrogate of a pair whose high surrogate ended the previous read, or 0. */
        private char pendingLow;

        CheckedReader(byte[] bytes, int start) {
            this.bytes = bytes;
            this.pos = start;
        }

        @Override
        public int read(char[] chars, int off, int len) {
            if (len == 0) {
                return 0;
            }
            int n = bytes.length;
            if (pos >= n && pendingLow == 0) {
                return -1;
            }
            int o = off;
            int limit = off + len;
            if (pendingLow != 0) {
                chars[o++] = pendingLow;
                pendingLow = 0;
            }
            while (o < limit && pos < n) {
                int b = bytes[pos];
                if (b >= 0) {
                    chars[o++] = (char) b;
                    pos++;
                    continue;
                }
                int length = sequenceLength(bytes, pos);
                if (length == 0) {
                    // Not checked first: refuse rather than guess.
                    throw new IllegalStateException("malformed UTF-8 at byte offset " + pos);
                }
                int cp = codePoint(bytes, pos, length);
                pos += length;
                if (cp < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
                    chars[o++] = (char) cp;
                } else {
                    chars[o++] = Character.highSurrogate(cp);
                    if (o < limit) {
                        chars[o++] = Character.lowSurrogate(cp);
                    } else {
                        pendingLow = Character.lowSurrogate(cp);
                    }
                }
            }
            return o - off;
        }

        @Override
        public void close() {
            // Nothing to release: the bytes belong to the caller.
        }
    }

    /**
     * Whether none of the first four bytes after a BOM is 0: Jackson then reads the bytes as UTF-8, not as the
     * UTF-16 or UTF-32 its encoding detection would take them for.
     */
    static boolean plainStart(byte[] bytes) {
        int start = hasBom(bytes) ? BOM.length : 0;
        for (int i = start; i < Math.min(bytes.length, start + 4); i++) {
            if (bytes[i] == 0) {
                return false;
            }
        }
        return true;
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
