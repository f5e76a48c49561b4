package io.algogate.gateway.infrastructure.plugins;

import io.algogate.broker.spi.BrokerPlugin;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds real plugin jars at test time: compiles Java sources against the SPI alone (as a plugin
 * author would, with the SPI as {@code provided}) and packs the classes, with a service file, into jars.
 */
final class PluginJars {

    private final Path workDir;
    private int compilations;

    PluginJars(Path workDir) {
        this.workDir = workDir;
    }

    /** Source of a plugin with one adapter whose placeOrder reports its context loader and library version. */
    static String pluginSource(String packageName, String id, int spiVersion, String constructorBody) {
        return """
                package %1$s;

                import io.algogate.broker.spi.*;

                public final class TestPlugin implements BrokerPlugin {
                    public TestPlugin() { %4$s }
                    public String id() { return "%2$s"; }
                    public String displayName() { return "Test %2$s"; }
                    public String version() { return "7.1.%3$d"; }
                    public int spiVersion() { return %3$d; }
                    public BrokerAdapter create(BrokerContext context) { return new Adapter(); }

                    public static final class Adapter implements BrokerAdapter, OrderEntry {
                        public OrderAck placeOrder(OrderRequest request) {
                            boolean ownContext = Thread.currentThread().getContextClassLoader()
                                    == Adapter.class.getClassLoader();
                            return new OrderAck("own-context=" + ownContext
                                    + " lib=" + com.example.lib.Version.value());
                        }
                    }
                }
                """.formatted(packageName, id, spiVersion, constructorBody);
    }

    static String librarySource(String version) {
        return "package com.example.lib; public final class Version { public static String value() { return \""
                + version + "\"; } }";
    }

    static String providerOf(String packageName) {
        return packageName + ".TestPlugin";
    }

    /** A good plugin jar with its own copy of the library, at the given library version. */
    Path goodPlugin(Path jar, String packageName, String id, String libraryVersion) throws IOException {
        Path classes = compile(Map.of(
                packageName + ".TestPlugin", pluginSource(packageName, id, 1, ""),
                "com.example.lib.Version", librarySource(libraryVersion)));
        return jar(jar, classes, entry -> true, providerOf(packageName));
    }

    /** Compiles the sources (class name to source) into a fresh directory, failing on any error. */
    Path compile(Map<String, String> sources) throws IOException {
        Path base = workDir.resolve("build-" + ++compilations);
        Path src = base.resolve("src");
        Path classes = Files.createDirectories(base.resolve("classes"));
        List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-classpath", spiLocation(),
                "--release", "17", "-proc:none"));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = src.resolve(source.getKey().replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            arguments.add(file.toString());
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int result = compiler.run(null, null, null, arguments.toArray(String[]::new));
        if (result != 0) {
            throw new IllegalStateException("The test plugin did not compile; javac's output is above");
        }
        return classes;
    }

    /** Packs the compiled classes the filter accepts (by entry name) and, if given, a service file. */
    static Path jar(Path jar, Path classes, Predicate<String> entries, String... providers) throws IOException {
        Files.createDirectories(jar.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = classes.relativize(file).toString().replace('\\', '/');
                if (entries.test(name)) {
                    put(out, name, Files.readAllBytes(file));
                }
            }
            if (providers.length > 0) {
                put(out, "META-INF/services/" + BrokerPlugin.class.getName(),
                        (String.join("\n", providers) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        return jar;
    }

    private static void put(JarOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(content);
        out.closeEntry();
    }

    private static String spiLocation() {
        try {
            return Path.of(BrokerPlugin.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
