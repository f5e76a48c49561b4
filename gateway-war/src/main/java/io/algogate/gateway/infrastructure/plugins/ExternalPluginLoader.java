package io.algogate.gateway.infrastructure.plugins;

import io.algogate.broker.spi.BrokerPlugin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.jar.JarFile;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Loads the plugins of the external plugin directory, each in its own {@link PluginClassLoader}: a
 * {@code *.jar} directly in the directory is one plugin, and a subdirectory is one plugin made of all
 * the jars directly in it (a plugin and the libraries it bundles). A plugin that cannot be used is
 * refused with one log line naming it and the cause, and its loader is closed; the others still load.
 */
public final class ExternalPluginLoader {

    private static final Logger LOG = Logger.getLogger(ExternalPluginLoader.class.getName());

    private final Path directory;
    private final ClassLoader spiLoader;
    /** "source: why" of each plugin refused by the last {@link #load()}, for the audit trail. */
    private final List<String> refusals = new ArrayList<>();

    /**
     * @param directory the plugin directory; it need not exist
     * @param spiLoader the loader that defines the SPI the plugins share with the gateway
     */
    public ExternalPluginLoader(Path directory, ClassLoader spiLoader) {
        this.directory = directory;
        this.spiLoader = spiLoader;
    }

    /** The plugins the last {@link #load()} refused, each as "file name: why". */
    public List<String> refusals() {
        return List.copyOf(refusals);
    }

    /** Loads every plugin found, in the order of their file names, so start-ups are repeatable. */
    public List<LoadedPlugin> load() {
        if (!Files.isDirectory(directory)) {
            LOG.fine(() -> "No external plugin directory at " + directory);
            return List.of();
        }
        List<LoadedPlugin> loaded = new ArrayList<>();
        for (Path candidate : sortedEntries(directory)) {
            if (Files.isDirectory(candidate)) {
                List<Path> jars = sortedEntries(candidate).stream().filter(ExternalPluginLoader::isJar).toList();
                if (!jars.isEmpty()) {
                    loaded.addAll(loadPlugin(candidate, jars));
                }
            } else if (isJar(candidate)) {
                loaded.addAll(loadPlugin(candidate, List.of(candidate)));
            }
        }
        return List.copyOf(loaded);
    }

    private List<LoadedPlugin> loadPlugin(Path source, List<Path> jars) {
        PluginClassLoader loader = null;
        try {
            for (Path jar : jars) {
                checkReadable(jar);
            }
            loader = new PluginClassLoader(source.getFileName().toString(), toUrls(jars), spiLoader);
            List<LoadedPlugin> plugins = instantiateOwnProviders(loader, source.toString());
            if (plugins.isEmpty()) {
                throw new IllegalStateException("it declares no " + BrokerPlugin.class.getName()
                        + " in META-INF/services");
            }
            return plugins;
        } catch (RuntimeException | ServiceConfigurationError | LinkageError e) {
            // A broken plugin (a missing class, a throwing constructor, a bad jar) is the plugin's
            // problem, not the gateway's: refuse it and carry on with the others.
            refuse(source, e, loader);
            refusals.add(source.getFileName() + ": " + describe(e));
            return List.of();
        }
    }

    /**
     * Instantiates the providers the plugin's own jars define. A provider class the loader merely
     * inherits (from the platform) is not this plugin's, so it is skipped before being instantiated.
     */
    private static List<LoadedPlugin> instantiateOwnProviders(PluginClassLoader loader, String source) {
        List<LoadedPlugin> plugins = new ArrayList<>();
        ServiceLoader.load(BrokerPlugin.class, loader).stream()
                .filter(provider -> provider.type().getClassLoader() == loader)
                .forEach(provider -> {
                    BrokerPlugin plugin = provider.get();
                    BrokerPluginDiscovery.checkIdentity(plugin);
                    plugins.add(new LoadedPlugin(plugin, source, loader, LoadedPlugin.Status.AVAILABLE));
                });
        return plugins;
    }

    private static void refuse(Path source, Throwable cause, PluginClassLoader loader) {
        LOG.warning("Broker plugin refused: " + source + ": " + describe(cause));
        LOG.log(Level.FINE, "Why " + source + " was refused", cause);
        closeQuietly(loader);
    }

    /** The cause in one line: the error's own message, with the root cause when it wraps one. */
    static String describe(Throwable cause) {
        StringBuilder text = new StringBuilder(String.valueOf(cause));
        Throwable inner = cause.getCause();
        while (inner != null) {
            text.append("; caused by ").append(inner);
            inner = inner.getCause();
        }
        return text.toString();
    }

    static void closeQuietly(PluginClassLoader loader) {
        if (loader == null) {
            return;
        }
        try {
            loader.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not close the class loader " + loader.getName(), e);
        }
    }

    private static void checkReadable(Path jar) {
        // Opening the jar up front turns a corrupt or unreadable file into a clear cause.
        try (JarFile ignored = new JarFile(jar.toFile())) {
            // readable
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jar.getFileName() + " as a jar: " + e.getMessage(), e);
        }
    }

    private static List<URL> toUrls(List<Path> jars) {
        List<URL> urls = new ArrayList<>();
        for (Path jar : jars) {
            try {
                urls.add(jar.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("not a usable path: " + jar, e);
            }
        }
        return urls;
    }

    private static boolean isJar(Path path) {
        return Files.isRegularFile(path) && path.getFileName().toString().endsWith(".jar");
    }

    private static List<Path> sortedEntries(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            LOG.warning(() -> "Cannot list the plugin directory " + dir + ": " + e);
            return List.of();
        }
    }
}
