package io.algogate.gateway.infrastructure.plugins;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * The class loader of one external plugin. Only the SPI ({@code io.algogate.broker.spi} and its
 * sub-packages) is shared with the gateway, so host and plugin agree on the contract's types; the JDK
 * comes from the platform class loader; everything else, resources included, comes from the plugin's
 * own jars alone. The gateway's own libraries stay invisible, so each plugin can bundle whatever
 * version of a library it was built with, and a plugin's {@code META-INF/services} files are read
 * from its jars, never the WAR's.
 */
public final class PluginClassLoader extends URLClassLoader {

    static final String SPI_PACKAGE = "io.algogate.broker.spi";

    static {
        // Plugins may load classes from several threads at once (adapters are called concurrently).
        ClassLoader.registerAsParallelCapable();
    }

    private final ClassLoader spiLoader;
    private volatile boolean closed;

    /**
     * @param name a name for diagnostics, such as the plugin jar's file name
     * @param jars the plugin's jars
     * @param spiLoader the loader that defines the gateway's SPI classes
     */
    public PluginClassLoader(String name, List<URL> jars, ClassLoader spiLoader) {
        // The parent is the platform loader: the JDK is the only thing inherited besides the SPI.
        super("plugin:" + name, jars.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        this.spiLoader = spiLoader;
    }

    static boolean isSpiClass(String className) {
        return className.startsWith(SPI_PACKAGE + ".");
    }

    private static boolean isSpiResource(String resourceName) {
        return resourceName.startsWith(SPI_PACKAGE.replace('.', '/') + "/");
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (isSpiClass(name)) {
            return spiLoader.loadClass(name);
        }
        // Platform first (the JDK cannot be overridden anyway), then the plugin's jars; never the WAR.
        return super.loadClass(name, resolve);
    }

    @Override
    public URL getResource(String name) {
        if (isSpiResource(name)) {
            return spiLoader.getResource(name);
        }
        URL own = findResource(name);
        return own != null ? own : getParent().getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        if (isSpiResource(name)) {
            return spiLoader.getResources(name);
        }
        List<URL> found = new ArrayList<>(Collections.list(findResources(name)));
        found.addAll(Collections.list(getParent().getResources(name)));
        return Collections.enumeration(found);
    }

    @Override
    public void close() throws IOException {
        closed = true;
        super.close();
    }

    /** Whether {@link #close()} was called; the dashboard and tests ask. */
    public boolean isClosed() {
        return closed;
    }
}
