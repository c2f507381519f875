package org.kaname.network;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * A child process that does what Kaname must never do: connect a TCP socket (to the loopback's discard port; whether
 * anything listens does not matter, the connect() call is made). {@link NoNetworkTest} runs it to prove that its
 * trace sees such a call, so the test can fail.
 */
public final class ConnectsOnce {
    private ConnectsOnce() {
    }

    public static void main(String[] args) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), 9), 2_000);
        } catch (IOException expected) {
            // Refused or timed out: the attempt is what the trace records.
        }
    }
}
