package org.kaname.sheets;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipInputStreamZipEntrySource;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.kaname.i18n.Messages;
import org.kaname.io.BoundedInput;

/**
 * Opens a collected .xlsx within bounds Kaname checks itself, before POI sees the file: at most
 * {@value #MAX_FILE_BYTES} bytes read (whatever the file system says its size is), at most {@value #MAX_ENTRIES}
 * parts, and at most {@value #MAX_UNPACKED_BYTES} bytes once unpacked, counted by actually inflating every part.
 * A score sheet of 5,000 measures × 5 criteria is about 1 MB, 15 MB unpacked; the bounds leave room for long
 * rationales (each at most {@link org.kaname.model.Limits#LONG_TEXT_LENGTH} characters, checked per cell by the
 * reader) while keeping a crafted file from filling memory.
 *
 * <p>Because the unpacked size is bounded here, POI's own zip-bomb guard (a minimum compression ratio) is switched
 * off for this one file: it refuses harmless sheets whose long texts compress very well (a rationale of one
 * repeated character), with a message about "zip bombs" that means nothing to a department.
 */
final class SheetFile {
    static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    static final long MAX_UNPACKED_BYTES = 200L * 1024 * 1024;
    /** POI keeps each part in one array and refuses parts above 100,000,000 bytes. */
    static final long MAX_PART_BYTES = 100_000_000L;
    static final int MAX_ENTRIES = 1_000;
    private static final long MB = 1024 * 1024;

    /** Why a file cannot be opened as a workbook: a message key of the sheets bundle and its arguments. */
    static final class Refused extends Exception {
        final String key;
        final transient Object[] args;

        Refused(String key, Object... args) {
            super(key, null, false, false);
            this.key = key;
            this.args = args;
        }
    }

    private final long maxFileBytes;
    private final long maxUnpackedBytes;

    SheetFile() {
        this(MAX_FILE_BYTES, MAX_UNPACKED_BYTES);
    }

    /** With other bounds, so tests need not make 50 MB. */
    SheetFile(long maxFileBytes, long maxUnpackedBytes) {
        this.maxFileBytes = maxFileBytes;
        this.maxUnpackedBytes = maxUnpackedBytes;
    }

    /**
     * The result of {@code read} on the workbook in {@code in}, closed after; a file that cannot be opened as a
     * workbook, or whose parts POI cannot make sense of when asked for them (a damaged file), gives {@code failed}
     * with the reason in {@code messages}' language.
     */
    <R> R read(InputStream in, Messages messages, Function<Workbook, R> read, Function<String, R> failed) {
        Workbook wb;
        try {
            wb = open(in);
        } catch (Refused e) {
            return failed.apply(messages.get(e.key, e.args));
        }
        try (wb) {
            return read.apply(wb);
        } catch (IOException | RuntimeException e) {
            return failed.apply(messages.get("problem.notXlsx"));
        }
    }

    /** {@link #read(InputStream, Messages, Function, Function)} of {@code file}; unreadable: {@code problem.unreadable}. */
    <R> R read(Path file, Messages messages, Function<Workbook, R> read, Function<String, R> failed) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, messages, read, failed);
        } catch (IOException e) {
            return failed.apply(messages.get("problem.unreadable"));
        }
    }

    /** The workbook in {@code in}; the caller closes it. */
    Workbook open(InputStream in) throws Refused {
        byte[] bytes;
        try {
            bytes = BoundedInput.readAll(in, maxFileBytes);
        } catch (BoundedInput.TooLarge e) {
            throw new Refused("problem.tooLarge", megabytes(maxFileBytes));
        } catch (IOException e) {
            throw new Refused("problem.unreadable");
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            // an OLE2 container: an encrypted (password-protected) workbook, or an .xls renamed
            throw new Refused("problem.protectedOrOld");
        }
        if (!startsWith(bytes, 'P', 'K', 3, 4)) {
            throw new Refused("problem.notXlsx");
        }
        checkUnpacked(bytes);
        try {
            ZipArchiveThresholdInputStream zip = new ZipArchiveThresholdInputStream(
                    new ZipArchiveInputStream(new ByteArrayInputStream(bytes)));
            zip.setGuardState(false);
            OPCPackage pkg = OPCPackage.open(new ZipInputStreamZipEntrySource(zip));
            try {
                return new XSSFWorkbook(pkg);
            } catch (RuntimeException | IOException e) {
                pkg.revert();
                throw e;
            }
        } catch (Exception e) {
            // POI's messages name its classes and parts; the department needs to know only that the file is damaged
            throw new Refused("problem.notXlsx");
        }
    }

    /** Inflates every part, counting, so the bounds hold whatever the zip's headers claim. */
    private void checkUnpacked(byte[] bytes) throws Refused {
        long total = 0;
        int entries = 0;
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(bytes))) {
            ZipArchiveEntry entry;
            while ((entry = zip.getNextZipEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new Refused("problem.notXlsx");
                }
                long left = maxUnpackedBytes - total;
                long size;
                try {
                    size = BoundedInput.skipAll(zip, Math.min(left, MAX_PART_BYTES));
                } catch (BoundedInput.TooLarge e) {
                    throw new Refused("problem.unpackedTooLarge",
                            megabytes(left <= MAX_PART_BYTES ? maxUnpackedBytes : MAX_PART_BYTES));
                }
                total += size;
                if (entry.isDirectory() && size > 0) {
                    throw new Refused("problem.notXlsx");
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new Refused("problem.notXlsx");
        }
        if (entries == 0) {
            throw new Refused("problem.notXlsx");
        }
    }

    private static long megabytes(long bytes) {
        return Math.max(1, bytes / MB);
    }

    private static boolean startsWith(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
