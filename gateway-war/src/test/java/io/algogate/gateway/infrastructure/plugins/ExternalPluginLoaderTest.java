package io.algogate.gateway.infrastructure.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.broker.spi.Action;
import io.algogate.broker.spi.BrokerAdapter;
import io.algogate.broker.spi.BrokerPlugin;
import io.algogate.broker.spi.BrokerSpi;
import io.algogate.broker.spi.OrderEntry;
import io.algogate.broker.spi.OrderRequest;
import io.algogate.broker.spi.PriceType;
import io.algogate.broker.spi.Product;
import io.algogate.gateway.infrastructure.config.MapSettings;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import io.algogate.gateway.domain.GatewaySetting;
import io.algogate.gateway.domain.GatewaySettingRepository;
import io.algogate.gateway.domain.SecurityEvent;
import io.algogate.gateway.infrastructure.persistence.SecurityEventLog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** External plugins, each a real jar compiled here, in its own class loader. */
class ExternalPluginLoaderTest {

    private static final OrderRequest ORDER = new OrderRequest("test", "NSE", "INFY", Action.values()[0],
            BigDecimal.ONE, PriceType.values()[0], Product.values()[0], BigDecimal.ZERO, BigDecimal.ZERO, 0);

    @TempDir
    Path work;

    private Path pluginsDir;
    private PluginJars jars;
    private PluginLogRecords log;
    private List<LoadedPlugin> loaded = List.of();

    @BeforeEach
    void setUp() {
        pluginsDir = work.resolve("plugins");
        jars = new PluginJars(work);
        log = new PluginLogRecords();
    }

    @AfterEach
    void tearDown() {
        log.close();
        loaded.forEach(p -> ExternalPluginLoader.closeQuietly(p.classLoader()));
    }

    private List<LoadedPlugin> load() {
        loaded = new ExternalPluginLoader(pluginsDir, BrokerPlugin.class.getClassLoader()).load();
        return loaded;
    }

    private static String placeOrderThrough(BrokerAdapter adapter) throws Exception {
        return adapter.capability(OrderEntry.class).placeOrder(ORDER).orderId();
    }

    @Test
    void aMissingDirectoryHoldsNoPlugins() {
        assertEquals(List.of(), load());
        assertEquals(List.of(), log.warnings());
    }

    @Test
    void aGoodPluginJarIsFoundAndItsCallsRunUnderItsOwnLoader() throws Exception {
        Path jar = jars.goodPlugin(pluginsDir.resolve("alpha.jar"), "com.example.alpha", "alpha", "1");

        List<LoadedPlugin> plugins = load();

        assertEquals(1, plugins.size());
        LoadedPlugin alpha = plugins.get(0);
        assertEquals("alpha", alpha.id());
        assertEquals("7.1.1", alpha.plugin().version());
        assertEquals(jar.toString(), alpha.source());
        assertFalse(alpha.isBuiltIn());
        assertSame(alpha.classLoader(), alpha.plugin().getClass().getClassLoader(), "defined by its own loader");
        assertThrows(UnsupportedOperationException.class, () -> plugins.add(alpha), "immutable");

        ClassLoader before = Thread.currentThread().getContextClassLoader();
        BrokerAdapter adapter = ContextClassLoaderAdapter.wrap(alpha.plugin().create(null), alpha.classLoader());
        assertEquals("own-context=true lib=1", placeOrderThrough(adapter));
        assertSame(before, Thread.currentThread().getContextClassLoader(), "restored after the call");
    }

    @Test
    void brokenJarsAreRefusedNamingTheJarAndTheGoodOneStillLoads() throws Exception {
        Path noClasses = work.resolve("empty-classes");
        Files.createDirectories(noClasses);
        PluginJars.jar(pluginsDir.resolve("missing-class.jar"), noClasses, e -> true, "com.example.Missing");
        Path throwing = jars.compile(Map.of("com.example.bad.TestPlugin", PluginJars.pluginSource(
                "com.example.bad", "bad", 1, "throw new IllegalStateException(\"no licence key\");"),
                "com.example.lib.Version", PluginJars.librarySource("0")));
        PluginJars.jar(pluginsDir.resolve("throwing.jar"), throwing, e -> true, PluginJars.providerOf("com.example.bad"));
        Files.writeString(pluginsDir.resolve("not-a-zip.jar"), "this is no jar");
        jars.goodPlugin(pluginsDir.resolve("zeta.jar"), "com.example.zeta", "zeta", "1");

        List<LoadedPlugin> plugins = load();

        assertEquals(List.of("zeta"), plugins.stream().map(LoadedPlugin::id).toList());
        assertOneWarning("missing-class.jar", "com.example.Missing");
        assertOneWarning("throwing.jar", "no licence key");
        assertOneWarning("not-a-zip.jar", "cannot read");
        assertEquals(3, log.warnings().size(), log.warnings().toString());
    }

    @Test
    void refusalsAreListedForTheAuditTrail() throws Exception {
        jars.goodPlugin(pluginsDir.resolve("zeta.jar"), "com.example.zeta", "zeta", "1");
        Files.writeString(pluginsDir.resolve("not-a-zip.jar"), "this is no jar");
        ExternalPluginLoader loader = new ExternalPluginLoader(pluginsDir, BrokerPlugin.class.getClassLoader());
        loaded = loader.load();

        assertEquals(1, loader.refusals().size(), loader.refusals().toString());
        assertTrue(loader.refusals().get(0).startsWith("not-a-zip.jar: "), loader.refusals().toString());
        assertFalse(loader.refusals().get(0).contains(pluginsDir.toString()), "the file name, not the path");
    }

    @Test
    void twoPluginsSeeEachTheirOwnVersionOfALibraryTheWarAlsoCarries() throws Exception {
        jars.goodPlugin(pluginsDir.resolve("one.jar"), "com.example.one", "one", "1");
        // The second is a directory: the plugin's jar and its library's jar side by side.
        Path classes = jars.compile(Map.of(
                "com.example.two.TestPlugin", PluginJars.pluginSource("com.example.two", "two", 1, ""),
                "com.example.lib.Version", PluginJars.librarySource("2")));
        PluginJars.jar(pluginsDir.resolve("two/two-plugin.jar"), classes, e -> e.startsWith("com/example/two/"),
                PluginJars.providerOf("com.example.two"));
        PluginJars.jar(pluginsDir.resolve("two/lib-2.jar"), classes, e -> e.startsWith("com/example/lib/"));

        List<LoadedPlugin> plugins = load();

        assertEquals(List.of("one", "two"), plugins.stream().map(LoadedPlugin::id).toList());
        assertEquals(pluginsDir.resolve("two").toString(), plugins.get(1).source());
        for (LoadedPlugin plugin : plugins) {
            BrokerAdapter adapter = ContextClassLoaderAdapter.wrap(plugin.plugin().create(null), plugin.classLoader());
            String expected = plugin.id().equals("one") ? "1" : "2";
            assertEquals("own-context=true lib=" + expected, placeOrderThrough(adapter));
        }
        assertEquals("3", com.example.lib.Version.value(), "the WAR's own copy is untouched");
    }

    @Test
    void aPluginBuiltForANewerSpiIsRefused() throws Exception {
        int future = BrokerSpi.VERSION + 1;
        Path classes = jars.compile(Map.of(
                "com.example.future.TestPlugin", PluginJars.pluginSource("com.example.future", "future", future, ""),
                "com.example.lib.Version", PluginJars.librarySource("1")));
        PluginJars.jar(pluginsDir.resolve("future.jar"), classes, e -> true, PluginJars.providerOf("com.example.future"));

        assertEquals(List.of(), load());
        assertOneWarning("future.jar", "SPI version " + future);
    }

    @Test
    void aJarWithoutAServiceFileIsRefusedAndDoesNotSeeTheWarsPlugins() throws Exception {
        Path classes = jars.compile(Map.of("com.example.lib.Version", PluginJars.librarySource("1")));
        PluginJars.jar(pluginsDir.resolve("library-only.jar"), classes, e -> true);

        assertEquals(List.of(), load());
        assertOneWarning("library-only.jar", "declares no");

        // The loader, seen directly: the WAR's service files and classes stay out of reach.
        try (PluginClassLoader loader = new PluginClassLoader("probe",
                List.of(pluginsDir.resolve("library-only.jar").toUri().toURL()), BrokerPlugin.class.getClassLoader())) {
            assertNull(loader.getResource("META-INF/services/" + BrokerPlugin.class.getName()));
            assertThrows(ClassNotFoundException.class, () -> loader.loadClass(BrokerPluginHost.class.getName()));
            assertSame(BrokerPlugin.class, loader.loadClass(BrokerPlugin.class.getName()), "the SPI is shared");
            assertSame(String.class, loader.loadClass("java.lang.String"));
            assertSame(loader, loader.loadClass("com.example.lib.Version").getClassLoader());
        }
    }

    @Test
    void aDuplicateIdIsRefusedNamingBothSourcesAndTheFirstIsKept() throws Exception {
        Path first = jars.goodPlugin(pluginsDir.resolve("a-twin.jar"), "com.example.a", "twin", "1");
        Path second = jars.goodPlugin(pluginsDir.resolve("b-twin.jar"), "com.example.b", "twin", "2");
        jars.goodPlugin(pluginsDir.resolve("c-sandbox.jar"), "com.example.c", "sandbox", "1");
        List<LoadedPlugin> external = load();

        List<LoadedPlugin> accepted = BrokerPluginDiscovery.discover(getClass().getClassLoader(), external);

        assertEquals(List.of("sandbox", "twin"), accepted.stream().map(LoadedPlugin::id).toList());
        assertEquals(LoadedPlugin.BUILT_IN, accepted.get(0).source(), "the built-in sandbox wins over the jar");
        assertEquals(first.toString(), accepted.get(1).source());
        String refusal = assertOneWarning("b-twin.jar", "'twin'");
        assertTrue(refusal.contains(first.toString()), refusal);
        assertOneWarning("c-sandbox.jar", LoadedPlugin.BUILT_IN);
        assertTrue(external.get(1).classLoader().isClosed(), "the refused plugin's loader is closed");
        assertTrue(external.get(2).classLoader().isClosed());
        assertFalse(external.get(0).classLoader().isClosed(), "the kept one's is not");
        assertTrue(second.toFile().exists());
    }

    @Test
    void theHostActivatesAnExternalPluginAndClosesEveryLoaderOnStop() throws Exception {
        jars.goodPlugin(pluginsDir.resolve("alpha.jar"), "com.example.alpha", "alpha", "1");
        jars.goodPlugin(pluginsDir.resolve("beta.jar"), "com.example.beta", "beta", "2");
        BrokerPluginHost host = new BrokerPluginHost();
        host.settings = new MapSettings(Map.of("algogate.plugins.dir", pluginsDir.toString(), "algogate.broker", "alpha"));
        host.clock = Clock.systemUTC();
        InMemoryChoices choices = new InMemoryChoices();
        host.choices = choices;
        PluginHostFixtures.giveStores(host);

        host.start();

        assertEquals(List.of("sandbox", "alpha", "beta"), host.loadedPlugins().stream().map(LoadedPlugin::id).toList());
        assertEquals(List.of(LoadedPlugin.Status.AVAILABLE, LoadedPlugin.Status.ACTIVE, LoadedPlugin.Status.AVAILABLE),
                host.loadedPlugins().stream().map(LoadedPlugin::status).toList());
        assertEquals("alpha", host.activePlugin().id());
        assertEquals("own-context=true lib=1", placeOrderThrough(host.activeAdapter()));

        // The admin switches to beta: at once, and remembered for the next start.
        host.activate("beta");
        assertEquals("beta", host.activePlugin().id());
        assertEquals("own-context=true lib=2", placeOrderThrough(host.activeAdapter()));
        assertEquals(Optional.of("beta"), choices.value(BrokerPluginHost.ACTIVE_BROKER_CHOICE));
        assertThrows(IllegalArgumentException.class, () -> host.activate("gamma"));
        assertEquals("beta", host.activePlugin().id(), "an unknown id changes nothing");

        host.stop();

        List<PluginClassLoader> loaders = host.loadedPlugins().stream().map(LoadedPlugin::classLoader)
                .filter(l -> l != null).toList();
        assertEquals(2, loaders.size());
        loaders.forEach(loader -> assertTrue(loader.isClosed(), loader.getName()));
    }

    @Test
    void theHostRecordsEachRefusedPluginInTheAuditTrail() throws Exception {
        jars.goodPlugin(pluginsDir.resolve("alpha.jar"), "com.example.alpha", "alpha", "1");
        jars.goodPlugin(pluginsDir.resolve("b-alpha.jar"), "com.example.twin", "alpha", "2");
        Files.writeString(pluginsDir.resolve("broken.jar"), "this is no jar");
        BrokerPluginHost host = new BrokerPluginHost();
        host.settings = new MapSettings(Map.of("algogate.plugins.dir", pluginsDir.toString()));
        host.clock = Clock.systemUTC();
        host.choices = new InMemoryChoices();
        PluginHostFixtures.giveStores(host);
        List<String> audited = new ArrayList<>();
        host.securityEvents = new SecurityEventLog() {
            @Override
            public void record(SecurityEvent.Type type, String username, String clientIp, String detail) {
                audited.add(type + " " + detail);
            }
        };

        host.start();
        try {
            assertEquals(2, audited.size(), audited.toString());
            assertTrue(audited.get(0).startsWith("PLUGIN_LOAD_FAILED broken.jar: "), audited.toString());
            assertEquals("PLUGIN_LOAD_FAILED b-alpha.jar: the id alpha is already taken", audited.get(1));
        } finally {
            host.stop();
        }
    }

    /** The admin's choices, in memory. */
    private static final class InMemoryChoices implements GatewaySettingRepository {
        private final Map<String, String> values = new java.util.HashMap<>();

        @Override
        public Optional<String> value(String name) {
            return Optional.ofNullable(values.get(name));
        }

        @Override
        public void put(GatewaySetting setting) {
            values.put(setting.getName(), setting.getValue());
        }
    }

    private String assertOneWarning(String jarName, String cause) {
        List<String> mentioning = log.warningsMentioning(jarName);
        assertEquals(1, mentioning.size(), "one line for " + jarName + ": " + log.warnings());
        assertTrue(mentioning.get(0).contains(cause), mentioning.get(0));
        return mentioning.get(0);
    }
}
