package io.algogate.gateway.infrastructure.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.broker.spi.BrokerAdapter;
import io.algogate.broker.spi.BrokerContext;
import io.algogate.broker.spi.BrokerPlugin;
import io.algogate.broker.spi.BrokerSpi;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrokerPluginDiscoveryTest {

    @TempDir
    Path dir;

    /** Claims the sandbox's id. */
    public static final class DuplicateSandboxPlugin extends TestPlugin {
        public DuplicateSandboxPlugin() {
            super("sandbox", BrokerSpi.VERSION);
        }
    }

    /** Built against an SPI from the future. */
    public static final class FuturePlugin extends TestPlugin {
        public FuturePlugin() {
            super("future", BrokerSpi.VERSION + 1);
        }
    }

    abstract static class TestPlugin implements BrokerPlugin {
        private final String id;
        private final int spi;

        TestPlugin(String id, int spi) {
            this.id = id;
            this.spi = spi;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String displayName() {
            return id;
        }

        @Override
        public String version() {
            return "1";
        }

        @Override
        public int spiVersion() {
            return spi;
        }

        @Override
        public BrokerAdapter create(BrokerContext context) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void findsTheSandboxThroughTheGivenClassLoader() {
        List<BrokerPlugin> plugins = BrokerPluginDiscovery.discover(getClass().getClassLoader());
        assertEquals(List.of("sandbox"), plugins.stream().map(BrokerPlugin::id).toList());
        assertThrows(UnsupportedOperationException.class, () -> plugins.add(plugins.get(0)), "immutable");
    }

    @Test
    void noPluginAtAllFailsLoudly() {
        ClassLoader empty = new URLClassLoader(new URL[0], BrokerPlugin.class.getClassLoader().getParent()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                return name.startsWith("io.algogate.") ? BrokerPluginDiscoveryTest.class.getClassLoader()
                        .loadClass(name) : super.loadClass(name, resolve);
            }

            @Override
            public java.util.Enumeration<URL> getResources(String name) {
                return java.util.Collections.emptyEnumeration();
            }
        };
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> BrokerPluginDiscovery.discover(empty));
        assertTrue(e.getMessage().startsWith("No broker plugin was found"), e.getMessage());
    }

    @Test
    void twoPluginsWithOneIdAreRefusedNamingBoth() throws Exception {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> BrokerPluginDiscovery.discover(loaderAlsoListing(DuplicateSandboxPlugin.class)));
        assertTrue(e.getMessage().contains("'sandbox'"), e.getMessage());
        assertTrue(e.getMessage().contains(DuplicateSandboxPlugin.class.getName()), e.getMessage());
    }

    @Test
    void aPluginBuiltForANewerSpiIsRefused() throws Exception {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> BrokerPluginDiscovery.discover(loaderAlsoListing(FuturePlugin.class)));
        assertTrue(e.getMessage().contains("SPI version " + (BrokerSpi.VERSION + 1)), e.getMessage());
    }

    @Test
    void aServiceFileNamingAMissingClassIsRefusedWithTheCause() throws Exception {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(BrokerPlugin.class.getName()), "com.example.Missing\n");
        ClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> BrokerPluginDiscovery.discover(loader));
        assertTrue(e.getMessage().contains("com.example.Missing"), e.getMessage());
    }

    private ClassLoader loaderAlsoListing(Class<? extends BrokerPlugin> plugin) throws Exception {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(BrokerPlugin.class.getName()), plugin.getName() + "\n");
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
    }
}
