package org.kaname.io;

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
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
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

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= BOM.length && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
    }
}
