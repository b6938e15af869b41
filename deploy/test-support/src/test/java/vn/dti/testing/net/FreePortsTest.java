package vn.dti.testing.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Ports handed out are never handed out twice in a JVM, and each can be bound when it is given. */
class FreePortsTest {

    @Test
    void noPortIsHandedOutTwiceAndEachCanBeBound() throws IOException {
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            int port = FreePorts.take();
            assertThat(ports.add(port)).as("port %d handed out twice", port).isTrue();
            try (ServerSocket bound = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                assertThat(bound.getLocalPort()).isEqualTo(port);
            }
        }
    }

    @Test
    void aPortTheKernelRepeatsIsSkipped() {
        // what CI met: the kernel gave the same port twice in a row
        Iterator<Integer> kernel = List.of(64001, 64001, 64001, 64002).iterator();
        assertThat(FreePorts.take(kernel::next)).isEqualTo(64001);
        assertThat(FreePorts.take(kernel::next)).isEqualTo(64002);
    }

    @Test
    void aKernelThatOnlyRepeatsIsAnError() {
        FreePorts.take(() -> 64003);
        assertThatThrownBy(() -> FreePorts.take(() -> 64003)).isInstanceOf(IllegalStateException.class);
    }
}
