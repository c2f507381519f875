package org.kaname.sheets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a whole input, but never more than a limit. The limit is on the bytes actually read, not on what the file
 * system says the size is: a FIFO, {@code /dev/stdin} or {@code /dev/zero} reports no size (or 0) and may never end.
 */
final class BoundedInput {
    private BoundedInput() {
    }

    /** More bytes than allowed were offered; {@code limit} is the limit that was reached. */
    static final class TooLarge extends Exception {
        final long limit;

        TooLarge(long limit) {
            super("more than " + limit + " bytes", null, false, false);
            this.limit = limit;
        }
    }

    /** All of {@code in} if it holds at most {@code limit} bytes; reads at most {@code limit + 1} bytes. */
    static byte[] readAtMost(InputStream in, long limit) throws IOException, TooLarge {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer, 0, (int) Math.min(buffer.length, limit + 1 - total))) > 0) {
            total += n;
            if (total > limit) {
                throw new TooLarge(limit);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** Reads {@code in} to its end, keeping nothing; how many bytes, unless that is more than {@code limit}. */
    static long skipAtMost(InputStream in, long limit) throws IOException, TooLarge {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer, 0, (int) Math.min(buffer.length, limit + 1 - total))) > 0) {
            total += n;
            if (total > limit) {
                throw new TooLarge(limit);
            }
        }
        return total;
    }
}
