package vn.dti.testing.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The proxy forwards both ways; a cut closes open connections and resets new ones; restore forwards again on the same port. */
class TcpProxyTest {

    private ServerSocket echo;
    private TcpProxy proxy;

    @BeforeEach
    void echoServer() throws IOException {
        echo = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            while (!echo.isClosed()) {
                try {
                    Socket s = echo.accept();
                    Thread c = new Thread(() -> {
                        try (s; InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
                            in.transferTo(out);
                        } catch (IOException ignored) {
                            // the proxy closed it
                        }
                    });
                    c.setDaemon(true);
                    c.start();
                } catch (IOException closed) {
                    return;
                }
            }
        });
        t.setDaemon(true);
        t.start();
        proxy = TcpProxy.start("127.0.0.1", echo.getLocalPort());
    }

    @AfterEach
    void close() throws IOException {
        proxy.close();
        echo.close();
    }

    @Test
    void forwardsThenCutsThenForwardsAgainOnTheSamePort() throws IOException {
        try (Socket before = connect()) {
            assertThat(roundTrip(before, "bonjour")).isEqualTo("bonjour");
            proxy.cut();
            assertThat(proxy.isCut()).isTrue();
            // the open connection is closed under its client: end of stream or a reset, never an answer
            int read;
            try {
                before.getOutputStream().write('x');
                read = before.getInputStream().read();
            } catch (IOException reset) {
                read = -1;
            }
            assertThat(read).isEqualTo(-1);
        }
        // a new connection is reset as soon as the proxy accepts it: no byte ever comes back
        assertThat(answerOfNewConnection()).isEqualTo(-1);
        assertThat(proxy.isCut()).isTrue();

        proxy.restore();
        try (Socket after = connect()) {
            assertThat(roundTrip(after, "xin chào")).isEqualTo("xin chào");
        }
    }

    /** The first byte a new connection answers to a write, or -1 for end of stream, a reset or a refusal. */
    private int answerOfNewConnection() {
        try (Socket s = connect()) {
            s.setSoTimeout(5_000);
            s.getOutputStream().write('x');
            s.getOutputStream().flush();
            return s.getInputStream().read();
        } catch (IOException refusedOrReset) {
            return -1;
        }
    }

    private Socket connect() throws IOException {
        return new Socket("127.0.0.1", proxy.port());
    }

    private static String roundTrip(Socket s, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        s.getOutputStream().write(bytes);
        s.getOutputStream().flush();
        byte[] back = s.getInputStream().readNBytes(bytes.length);
        return new String(back, StandardCharsets.UTF_8);
    }
}
