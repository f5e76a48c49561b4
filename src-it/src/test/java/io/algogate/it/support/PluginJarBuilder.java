package io.algogate.it.support;

import io.algogate.broker.spi.BrokerPlugin;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds a third party's plugin jar the way its author would: Java sources compiled against the
 * broker SPI alone, plus a {@code META-INF/services} file. The JDK's compiler does the work.
 */
public final class PluginJarBuilder {

    private PluginJarBuilder() {
    }

    /** Compiles the sources (class name to source) and writes a jar naming {@code pluginClass} as the plugin. */
    public static void build(Path jar, Map<String, String> sources, String pluginClass) {
        try {
            Path work = Files.createTempDirectory("plugin-src");
            List<String> arguments = new ArrayList<>(List.of("-d", work.resolve("classes").toString(),
                    "-classpath", spiJar().toString(), "--release", "17"));
            for (Map.Entry<String, String> source : sources.entrySet()) {
                Path file = work.resolve("src").resolve(source.getKey().replace('.', '/') + ".java");
                Files.createDirectories(file.getParent());
                Files.writeString(file, source.getValue());
                arguments.add(file.toString());
            }
            JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
            if (compiler.run(null, null, null, arguments.toArray(String[]::new)) != 0) {
                throw new IllegalStateException("The plugin sources did not compile");
            }
            write(jar, work.resolve("classes"), pluginClass);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A jar whose service file names a class that is not in it: what a broken build ships. */
    public static void buildBroken(Path jar, String missingClass) {
        try {
            Path empty = Files.createTempDirectory("plugin-broken");
            write(jar, empty, missingClass);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path jar, Path classes, String serviceProvider) throws IOException {
        Files.createDirectories(jar.getParent());
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
                Stream<Path> walk = Files.walk(classes)) {
            for (Path path : walk.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(path).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(path));
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry("META-INF/services/" + BrokerPlugin.class.getName()));
            out.write((serviceProvider + "\n").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
    }

    private static Path spiJar() {
        try {
            return Path.of(BrokerPlugin.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
