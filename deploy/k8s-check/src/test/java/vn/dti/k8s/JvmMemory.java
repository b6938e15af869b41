package vn.dti.k8s;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JVM settings of a container (its JAVA_TOOL_OPTIONS) against its memory limit, by the rule of
 * docs/operations.md ("JVM settings"): every pool the JVM can grow is bounded by a flag, and the
 * bounds plus {@link #NATIVE_HEADROOM_MIB} fit under the limit, so the JVM stops at its own bound
 * (an OutOfMemoryError, then -XX:+ExitOnOutOfMemoryError, logged) before the kernel kills the
 * container without a word.
 */
record JvmMemory(Map<String, Long> bytes, List<String> flags) {

    /**
     * What the JVM uses outside the bounded pools: thread stacks actually touched, the collector's
     * card table and remembered sets, the symbol and string tables, class-loader data and the malloc
     * arenas of the Kafka clients and Netty. Measured as RSS minus committed heap, metaspace and code
     * cache at full load: 11 to 90 MB over the three services (docs/performance.md, "Memory"), so 96.
     */
    static final long NATIVE_HEADROOM_MIB = 96;
    static final long MIB = 1024 * 1024;

    /** The size flags that must be given, and their names in {@link #bytes}. */
    static final Map<String, Pattern> SIZES = sizes();
    /** The flags that must be given as they are. */
    static final List<String> REQUIRED_FLAGS = List.of("-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError");

    private static Map<String, Pattern> sizes() {
        Map<String, Pattern> m = new LinkedHashMap<>();
        m.put("-Xmx", Pattern.compile("(?:^|\\s)-Xmx(\\S+)"));
        m.put("-XX:MaxMetaspaceSize", Pattern.compile("(?:^|\\s)-XX:MaxMetaspaceSize=(\\S+)"));
        m.put("-XX:ReservedCodeCacheSize", Pattern.compile("(?:^|\\s)-XX:ReservedCodeCacheSize=(\\S+)"));
        m.put("-XX:MaxDirectMemorySize", Pattern.compile("(?:^|\\s)-XX:MaxDirectMemorySize=(\\S+)"));
        m.put("-Xss", Pattern.compile("(?:^|\\s)-Xss(\\S+)"));
        return m;
    }

    static JvmMemory parse(String options) {
        String o = options == null ? "" : options;
        Map<String, Long> bytes = new LinkedHashMap<>();
        SIZES.forEach((name, pattern) -> {
            Matcher m = pattern.matcher(o);
            Long last = null;
            while (m.find()) { // the JVM takes the last occurrence
                last = size(m.group(1));
            }
            if (last != null) {
                bytes.put(name, last);
            }
        });
        return new JvmMemory(bytes, List.of(o.trim().split("\\s+")));
    }

    /** A JVM size (512k, 128m, 1g, or bytes) in bytes; -1 when unreadable. */
    static long size(String s) {
        Matcher m = Pattern.compile("(\\d+)([kKmMgG]?)").matcher(s);
        if (!m.matches()) {
            return -1;
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2).toLowerCase()) {
            case "k" -> n * 1024;
            case "m" -> n * MIB;
            case "g" -> n * 1024 * MIB;
            default -> n;
        };
    }

    /** The most the JVM may hold: the bounded pools plus the native headroom, in bytes. */
    long ceiling() {
        return bytes.getOrDefault("-Xmx", 0L) + bytes.getOrDefault("-XX:MaxMetaspaceSize", 0L)
                + bytes.getOrDefault("-XX:ReservedCodeCacheSize", 0L) + bytes.getOrDefault("-XX:MaxDirectMemorySize", 0L)
                + NATIVE_HEADROOM_MIB * MIB;
    }

    /** What is wrong with these settings for a container whose memory limit is {@code limitBytes}. */
    List<String> violations(String container, long limitBytes) {
        List<String> v = new ArrayList<>();
        for (String name : SIZES.keySet()) {
            Long b = bytes.get(name);
            if (b == null || b <= 0) {
                v.add(container + ": JAVA_TOOL_OPTIONS does not bound " + name);
            }
        }
        for (String flag : REQUIRED_FLAGS) {
            if (!flags.contains(flag)) {
                v.add(container + ": JAVA_TOOL_OPTIONS lacks " + flag);
            }
        }
        if (flags.stream().anyMatch(f -> f.startsWith("-XX:MaxRAMPercentage") || f.startsWith("-XX:MaxRAM="))) {
            v.add(container + ": JAVA_TOOL_OPTIONS sizes the heap from the container (MaxRAM*), expected an explicit -Xmx");
        }
        if (v.isEmpty() && ceiling() > limitBytes) {
            v.add(container + ": JVM ceiling " + ceiling() / MIB + "Mi (-Xmx + metaspace + code cache + direct memory + "
                    + NATIVE_HEADROOM_MIB + "Mi native) above the memory limit " + limitBytes / MIB + "Mi");
        }
        return v;
    }
}
