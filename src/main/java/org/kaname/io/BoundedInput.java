package org.kaname.io;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * An input stream that ends the reading with {@link TooLarge} once more than {@code maxBytes} bytes have come
 * through: the size of a pipe, a FIFO or {@code /dev/zero} is not known beforehand (Files.size says 0), so a limit
 * on size must count the bytes actually read.
 */
public final class BoundedInput extends FilterInputStream {
    /** More than the limit was read: the content is larger than the reader takes. */
    public static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long maxBytes) {
            super("more than " + maxBytes + " bytes", null);
        }
    }

    private final long maxBytes;
    private long count;

    public BoundedInput(InputStream in, long maxBytes) {
        super(in);
        this.maxBytes = maxBytes;
    }

    /** All of {@code in}, at most {@code maxBytes} bytes, read once (for content that cannot be read twice). */
    public static byte[] readAll(InputStream in, long maxBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BoundedInput(in, maxBytes).transferTo(out);
        return out.toByteArray();
    }

    /** Reads {@code in} to its end keeping nothing (a zip entry, to learn its unpacked size); how many bytes. */
    public static long skipAll(InputStream in, long maxBytes) throws IOException {
        return new BoundedInput(in, maxBytes).transferTo(OutputStream.nullOutputStream());
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        // Never asks for more than one byte past the limit, so an endless source is not read far beyond it.
        int n = super.read(b, off, (int) Math.min(len, Math.max(1, maxBytes - count + 1)));
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(Math.min(n, Math.max(1, maxBytes - count + 1)));
        if (skipped > 0) {
            counted(skipped);
        }
        return skipped;
    }

    private void counted(long n) throws TooLarge {
        count += n;
        if (count > maxBytes) {
            throw new TooLarge(maxBytes);
        }
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
