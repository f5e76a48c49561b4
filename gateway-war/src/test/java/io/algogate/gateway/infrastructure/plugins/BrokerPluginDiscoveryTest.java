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
        List<LoadedPlugin> plugins = BrokerPluginDiscovery.discover(getClass().getClassLoader());
        assertEquals(List.of("sandbox"), plugins.stream().map(LoadedPlugin::id).toList());
        assertEquals(LoadedPlugin.BUILT_IN, plugins.get(0).source());
        assertTrue(plugins.get(0).isBuiltIn());
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
        assertTrue(e.getMessage().startsWith("No usable broker plugin was found"), e.getMessage());
    }

    @Test
    void twoPluginsWithOneIdKeepTheFirstAndRefuseTheOtherNamingBoth() throws Exception {
        try (PluginLogRecords log = new PluginLogRecords()) {
            List<LoadedPlugin> plugins = BrokerPluginDiscovery.discover(loaderAlsoListing(DuplicateSandboxPlugin.class));
            assertEquals(1, plugins.size());
            assertEquals("io.algogate.broker.sandbox", plugins.get(0).plugin().getClass().getPackageName());
            List<String> refusals = log.warningsMentioning(DuplicateSandboxPlugin.class.getName());
            assertEquals(1, refusals.size(), log.warnings().toString());
            assertTrue(refusals.get(0).contains("'sandbox'"), refusals.get(0));
            assertTrue(refusals.get(0).contains("already taken by"), refusals.get(0));
        }
    }

    @Test
    void aPluginBuiltForANewerSpiIsRefusedAndTheOthersStay() throws Exception {
        try (PluginLogRecords log = new PluginLogRecords()) {
            List<LoadedPlugin> plugins = BrokerPluginDiscovery.discover(loaderAlsoListing(FuturePlugin.class));
            assertEquals(List.of("sandbox"), plugins.stream().map(LoadedPlugin::id).toList());
            List<String> refusals = log.warningsMentioning("SPI version " + (BrokerSpi.VERSION + 1));
            assertEquals(1, refusals.size(), log.warnings().toString());
            assertTrue(refusals.get(0).contains(FuturePlugin.class.getName()), refusals.get(0));
        }
    }

    @Test
    void aServiceFileNamingAMissingClassIsRefusedWithTheCause() throws Exception {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(BrokerPlugin.class.getName()), "com.example.Missing\n");
        ClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
        try (PluginLogRecords log = new PluginLogRecords()) {
            List<LoadedPlugin> plugins = BrokerPluginDiscovery.discover(loader);
            assertEquals(List.of("sandbox"), plugins.stream().map(LoadedPlugin::id).toList());
            assertEquals(1, log.warningsMentioning("com.example.Missing").size(), log.warnings().toString());
        }
    }

    private ClassLoader loaderAlsoListing(Class<? extends BrokerPlugin> plugin) throws Exception {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(BrokerPlugin.class.getName()), plugin.getName() + "\n");
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
    }
}
