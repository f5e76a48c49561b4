package io.algogate.gateway.infrastructure.config;

import io.algogate.security.filters.AsciiCase;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The gateway's own configuration keys, read through MicroProfile Config. Every key is listed in
 * {@code docs/CONFIGURATION.md} with its default ({@code ConfigurationDocTest} keeps that true).
 */
@ApplicationScoped
public class GatewaySettings {

    public static final String PROFILE = "algogate.profile";
    public static final String HOME = "algogate.home";
    public static final String PEPPER = "algogate.security.pepper";
    public static final String ENCRYPTION_KEY = "algogate.security.encryption-key";
    public static final String ENCRYPTION_SALT = "algogate.security.encryption-salt";
    /**
     * Keys that are no longer current but may still have encrypted stored secrets, so those still
     * decrypt until rotated: a comma-separated list of {@code <material>@<hexsalt>} entries, each the
     * former {@link #ENCRYPTION_KEY} and {@link #ENCRYPTION_SALT}. Optional; empty by default.
     */
    public static final String ENCRYPTION_KEY_PREVIOUS = "algogate.security.encryption-key.previous";
    public static final String ACTIVE_BROKER = "algogate.broker";
    /** The directory of external broker plugin jars, default {@code <algogate.home>/plugins}. */
    public static final String PLUGINS_DIR = "algogate.plugins.dir";

    private final Config config;

    public GatewaySettings() {
        this(ConfigProvider.getConfig(GatewaySettings.class.getClassLoader()));
    }

    GatewaySettings(Config config) {
        this.config = config;
    }

    public Profile profile() {
        return optional(PROFILE).map(Profile::parse).orElse(Profile.DEVELOPMENT);
    }

    /** The home directory (D2), default {@code ~/.algogate}, as server.xml's datasources use it. */
    public Path home() {
        return optional(HOME).map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".algogate"))
                .toAbsolutePath().normalize();
    }

    /** Where external broker plugins are looked for; it need not exist (then there are none). */
    public Path pluginsDirectory() {
        return optional(PLUGINS_DIR).map(Path::of).orElseGet(() -> home().resolve("plugins"))
                .toAbsolutePath().normalize();
    }

    /** The id of the broker plugin to activate. */
    public String activeBroker() {
        return optional(ACTIVE_BROKER).orElse("sandbox");
    }

    /**
     * Every configured key under the prefix, with the prefix removed (a plugin's configuration).
     * Environment variables count too, in MicroProfile Config's form: {@code ALGOGATE_BROKER_KITE_API_KEY}
     * gives {@code api-key} under {@code algogate.broker.kite.} (after the prefix, an underscore stands
     * for a dash, the usual separator of plugin keys). A key set in the dotted form wins.
     */
    public Map<String, String> withPrefix(String prefix) {
        return keysUnder(prefix, config.getPropertyNames(), this::optional);
    }

    /** {@link #withPrefix}'s rule over any set of names, so it is tested without a Config. */
    static Map<String, String> keysUnder(String prefix, Iterable<String> names,
            Function<String, Optional<String>> valueOf) {
        Map<String, String> values = new TreeMap<>();
        String environmentPrefix = environmentName(prefix);
        for (String name : names) {
            if (name.startsWith(environmentPrefix) && name.length() > environmentPrefix.length()
                    && name.equals(AsciiCase.upper(name))) {
                String key = AsciiCase.lower(name.substring(environmentPrefix.length())).replace('_', '-');
                valueOf.apply(name).ifPresent(value -> values.putIfAbsent(key, value));
            }
        }
        for (String name : names) {
            if (name.startsWith(prefix)) {
                valueOf.apply(name).ifPresent(value -> values.put(name.substring(prefix.length()), value));
            }
        }
        return values;
    }

    /** MicroProfile Config's environment form of a key: upper case, every other character an underscore. */
    private static String environmentName(String key) {
        return key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    /** A configured value, treating blank as absent. */
    public Optional<String> optional(String key) {
        return config.getOptionalValue(key, String.class).map(String::trim).filter(v -> !v.isEmpty());
    }
}
