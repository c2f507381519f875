package org.kaname.ui.shared;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.kaname.i18n.Messages;
import org.kaname.service.Services;
import org.kaname.store.ServerAddress;
import org.kaname.store.StorageUnavailableException;
import org.kaname.ui.recovery.StorageTexts;
import org.kaname.ui.task.TaskExecutor;

/**
 * Opening services on a server within a time limit. The server's own timeouts (connect and login 5 s, socket 10 s)
 * already bound each step; this bounds the whole, migrations check included, and lets the user cancel: the connector
 * runs on a thread of its own while the task waits for it, and a connection that arrives after the give-up or the
 * cancel is closed, never adopted.
 */
final class ServerConnection {
    private static final long POLL_MS = 50;

    private final ConnectViewModel.Connector connector;
    private final Duration giveUp;

    ServerConnection(ConnectViewModel.Connector connector, Duration giveUp) {
        this.connector = connector;
        this.giveUp = giveUp;
    }

    /** No answer within the give-up time. */
    static final class NoAnswerException extends Exception {
        NoAnswerException(Duration after) {
            super("no answer within " + after.toSeconds() + " s");
        }
    }

    /** Cancelled by the user while waiting. */
    static final class CancelledException extends Exception {
        CancelledException() {
            super("cancelled");
        }
    }

    /** Opens the services, or throws what went wrong, {@link NoAnswerException} after the give-up time. */
    Services open(ServerAddress address, char[] password, TaskExecutor.Progress progress) throws Exception {
        CompletableFuture<Services> opening = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                opening.complete(connector.connect(address, password));
            } catch (Throwable e) {
                opening.completeExceptionally(e);
            } finally {
                if (password != null) {
                    Arrays.fill(password, '\0');
                }
            }
        }, "kaname-connect");
        thread.setDaemon(true);
        thread.start();
        long deadline = System.nanoTime() + giveUp.toNanos();
        try {
            while (true) {
                if (progress.isCancelled()) {
                    throw abandon(opening, thread, new CancelledException());
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw abandon(opening, thread, new NoAnswerException(giveUp));
                }
                try {
                    return opening.get(Math.min(POLL_MS, TimeUnit.NANOSECONDS.toMillis(left) + 1),
                            TimeUnit.MILLISECONDS);
                } catch (TimeoutException stillWaiting) {
                    // Look at the cancel and the deadline again.
                }
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw abandon(opening, thread, new CancelledException());
        }
    }

    /** Stops waiting: the connecting thread is interrupted, and whatever it opens later is closed. */
    private static Exception abandon(CompletableFuture<Services> opening, Thread thread, Exception why) {
        opening.thenAccept(Services::close);
        thread.interrupt();
        return why;
    }

    /**
     * Why connecting failed, in a sentence for the user: the reasons' wording of the data folder's messages
     * (unreachable, login failed, newer schema), or that the server did not answer in time.
     */
    static String describe(Throwable error, ServerAddress address, Messages messages) {
        if (error instanceof NoAnswerException) {
            return messages.get("error.timeout", address.display());
        }
        if (error instanceof CancelledException) {
            return messages.get("connect.cancelled");
        }
        Messages app = Messages.of("org.kaname.ui.messages", messages.locale());
        if (error instanceof StorageUnavailableException e && switch (e.reason()) {
            case SERVER_UNREACHABLE, SERVER_LOGIN_FAILED, SERVER_NEWER_SCHEMA -> true;
            default -> false;
        }) {
            // These name the server and say what to check already.
            return StorageTexts.unavailable(app, error);
        }
        return messages.get("error.failed", address.display(), StorageTexts.unavailable(app, error));
    }
}
