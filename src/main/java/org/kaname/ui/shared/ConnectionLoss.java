package org.kaname.ui.shared;

import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import org.kaname.store.StorageUnavailableException;

/**
 * Whether a refused save means the server could not be reached (a connection lost or refused), as opposed to a
 * refusal the user must act on otherwise (a conflict, a role, a full disk): the first is answered with 「再接続」.
 */
public final class ConnectionLoss {
    private ConnectionLoss() {
    }

    public static boolean is(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                // SQLSTATE class 08: connection exception (PostgreSQL and the JDBC driver alike).
                return true;
            }
            if (t instanceof SQLException sql && "57P01".equals(sql.getSQLState())) {
                // admin_shutdown: the server was stopped under the session.
                return true;
            }
            if (t instanceof org.kaname.store.ConnectionLostException) {
                return true;
            }
            if (t instanceof StorageUnavailableException s && s.reason() == StorageUnavailableException.Reason.SERVER_UNREACHABLE) {
                return true;
            }
            if (t instanceof SocketException || t instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
