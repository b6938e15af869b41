package vn.dti.ranking.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The engine is plain Java: its sources import nothing but the JDK's java.* packages and the
 * engine's own classes. module-info.java (no {@code requires}) already stops other modules at
 * compile time; this test is the rule for readers and for the class path, where module-info does
 * not apply. It runs in {@code mvnw verify}, so a bad import fails the build.
 */
class ImportsTest {

    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(?:static\\s+)?([\\w.]+(?:\\.\\*)?)\\s*;", Pattern.MULTILINE);
    private static final Pattern REQUIRES = Pattern.compile("^\\s*requires\\b", Pattern.MULTILINE);

    @Test
    void importsOnlyTheJdksJavaPackagesAndItself() {
        List<Path> sources = javaSources();
        assertThat(sources).as("engine sources under %s", SOURCES.toAbsolutePath()).hasSizeGreaterThan(10);
        List<String> foreign = sources.stream()
                .flatMap(file -> imports(file).map(name -> SOURCES.relativize(file) + ": import " + name))
                .filter(line -> !isAllowed(line.substring(line.lastIndexOf("import ") + "import ".length())))
                .toList();
        assertThat(foreign).as("imports outside java.* and vn.dti.ranking.engine").isEmpty();
    }

    @Test
    void theModuleRequiresNothingButJavaBase() {
        String moduleInfo = read(SOURCES.resolve("module-info.java"));
        assertThat(REQUIRES.matcher(moduleInfo).find()).as("a requires clause in module-info.java").isFalse();
    }

    private static boolean isAllowed(String name) {
        return name.startsWith("java.") || name.startsWith("vn.dti.ranking.engine.");
    }

    private static List<Path> javaSources() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<String> imports(Path file) {
        Matcher m = IMPORT.matcher(read(file));
        Stream.Builder<String> names = Stream.builder();
        while (m.find()) {
            names.add(m.group(1));
        }
        return names.build();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
