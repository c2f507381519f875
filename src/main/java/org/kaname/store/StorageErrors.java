package org.kaname.store;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Set;
import org.h2.api.ErrorCode;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;

/** Tells a failure of the disk or the file apart from a failure of Kaname's own SQL, from an exception's causes. */
final class StorageErrors {
    private static final Set<Integer> FILE_SQL_CODES = Set.of(ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2,
            ErrorCode.FILE_CORRUPTED_1, ErrorCode.DATABASE_IS_CLOSED, ErrorCode.DATABASE_IS_READ_ONLY,
            ErrorCode.FILE_CREATION_FAILED_1, ErrorCode.ROW_NOT_FOUND_IN_PRIMARY_INDEX);
    private static final Set<Integer> CORRUPT_SQL_CODES = Set.of(ErrorCode.FILE_CORRUPTED_1,
            ErrorCode.ROW_NOT_FOUND_IN_PRIMARY_INDEX);
    private static final Set<Integer> CORRUPT_STORE_CODES = Set.of(DataUtils.ERROR_FILE_CORRUPT,
            DataUtils.ERROR_CHUNK_NOT_FOUND, DataUtils.ERROR_BLOCK_NOT_FOUND, DataUtils.ERROR_TRANSACTION_CORRUPT,
            DataUtils.ERROR_READING_FAILED, DataUtils.ERROR_SERIALIZATION, DataUtils.ERROR_UNKNOWN_DATA_TYPE);

    private StorageErrors() {
    }

    /** The disk or the file failed: full, read-only, unreadable, or the database closed after such a failure. */
    static boolean isStorageFailure(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof IOException || c instanceof MVStoreException
                    || c instanceof SQLException sql && FILE_SQL_CODES.contains(sql.getErrorCode())) {
                return true;
            }
        }
        return false;
    }

    /**
     * What was read is not what was written: the file is damaged. H2 reports bytes it cannot decode as a general
     * error wrapping the decoder's exception, which Kaname's own SQL never causes, so that counts too.
     */
    static boolean isCorruption(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof MVStoreException m && CORRUPT_STORE_CODES.contains(m.getErrorCode())
                    || c instanceof SQLException sql && (CORRUPT_SQL_CODES.contains(sql.getErrorCode())
                    || sql.getErrorCode() == ErrorCode.GENERAL_ERROR_1)) {
                return true;
            }
        }
        return false;
    }
}
