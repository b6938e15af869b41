package vn.dti.testing.net;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;

/**
 * Free TCP ports for processes a test starts (a Kafka broker's listeners, Keycloak, service
 * processes). A port is asked of the kernel (bind to port 0) and released for the process to bind;
 * the kernel may hand the same port out again before that process binds it, so each port is
 * handed out at most once per JVM. CI once failed because two of a broker's three listeners got
 * the same port from three picks in a row.
 */
public final class FreePorts {

    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();
    private static final int TRIES = 100;

    private FreePorts() {
    }

    /** A port that is free now on 127.0.0.1 and that no caller in this JVM has been given before. */
    public static int take() {
        return take(FreePorts::askTheKernel);
    }

    /** {@link #take()} with the kernel's answer as a parameter, so that the rule can be tested with repeats. */
    static int take(IntSupplier kernel) {
        for (int i = 0; i < TRIES; i++) {
            int port = kernel.getAsInt();
            if (HANDED_OUT.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no fresh free port after " + TRIES + " tries");
    }

    private static int askTheKernel() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
