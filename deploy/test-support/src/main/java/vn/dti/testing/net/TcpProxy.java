package vn.dti.testing.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy on 127.0.0.1 that a test can {@linkplain #cut() cut} and {@linkplain #restore() restore},
 * to simulate a dependency that restarts (PostgreSQL, for example) without touching the real one,
 * which other builds on the machine share. Cut: every proxied connection is closed under its
 * client, and every new connection is reset as soon as it is accepted, as when the server process
 * is gone. Restore: connections are forwarded again.
 *
 * <p>The proxy keeps its listening port for its whole life. An earlier version closed the port on a
 * cut and bound it again on restore; on a shared machine the freed port can be taken by another
 * process in between (CI once saw a connection succeed on a "cut" port), and restore would then
 * fail or forward to a stranger.
 *
 * <p>No maintained in-JVM proxy exists on Maven Central (Toxiproxy needs its own Go server); this
 * one is plain blocking sockets, two daemon threads per connection, which is plenty for a test.
 */
public final class TcpProxy implements AutoCloseable {

    private final String targetHost;
    private final int targetPort;
    private final ServerSocket server;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private boolean cut;
    private boolean closed;

    private TcpProxy(String targetHost, int targetPort, ServerSocket server) {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.server = server;
    }

    /** Listens on a free port of 127.0.0.1 and forwards every connection to {@code targetHost:targetPort}. */
    public static TcpProxy start(String targetHost, int targetPort) {
        ServerSocket listening;
        try {
            listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TcpProxy proxy = new TcpProxy(targetHost, targetPort, listening);
        Thread acceptor = new Thread(proxy::accept, "tcp-proxy-accept-" + listening.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
        return proxy;
    }

    public int port() {
        return server.getLocalPort();
    }

    public synchronized boolean isCut() {
        return cut;
    }

    /** Closes every proxied connection and resets new ones until {@link #restore()}. */
    public synchronized void cut() {
        cut = true;
        sockets.forEach(TcpProxy::closeQuietly);
        sockets.clear();
    }

    /** Forwards new connections again. */
    public synchronized void restore() {
        if (closed) {
            throw new IllegalStateException("proxy is closed");
        }
        cut = false;
    }

    @Override
    public synchronized void close() {
        cut();
        closed = true;
        closeQuietly(server);
    }

    private void accept() {
        while (!server.isClosed()) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException closedProxy) {
                return;
            }
            if (isCut()) {
                reset(client);
                continue;
            }
            Socket upstream = new Socket();
            try {
                upstream.connect(new InetSocketAddress(targetHost, targetPort), 5_000);
            } catch (IOException e) {
                reset(client);
                closeQuietly(upstream);
                continue;
            }
            synchronized (this) {
                if (cut) { // cut while connecting
                    reset(client);
                    closeQuietly(upstream);
                    continue;
                }
                sockets.add(client);
                sockets.add(upstream);
            }
            pump(client, upstream);
            pump(upstream, client);
        }
    }

    /** Closes with a reset (linger 0), so the client sees the refusal at once rather than a half-open socket. */
    private static void reset(Socket socket) {
        try {
            socket.setSoLinger(true, 0);
        } catch (SocketException ignored) {
            // already closed
        }
        closeQuietly(socket);
    }

    /** Copies bytes one way; when either side ends, both sockets are closed. */
    private void pump(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException ended) {
                // a cut, or one side closed: the finally closes both
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                sockets.remove(from);
                sockets.remove(to);
            }
        }, "tcp-proxy-" + server.getLocalPort());
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // already closed
        }
    }
}
