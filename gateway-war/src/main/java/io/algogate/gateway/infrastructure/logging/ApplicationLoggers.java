package io.algogate.gateway.infrastructure.logging;

import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.logging.Filter;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * Puts a {@link RedactingLogFilter} on every application logger ({@code io.algogate.*}). JUL applies a
 * logger's filter only to records logged on that very logger (parents' filters are not consulted),
 * and Liberty routes records to its log without going through handlers we could wrap, so each logger
 * needs its own filter. At start-up, {@link #hookClassesOf} creates the logger of every class in
 * {@code WEB-INF/classes} (our convention: a logger is named after its class) before the class
 * itself runs, and {@link #hookExisting} hooks any other {@code io.algogate} logger that exists; the
 * latter runs again on a schedule for loggers created later under other names (plugins'). The loggers
 * are kept here, strongly referenced, since JUL holds loggers weakly and would otherwise let a hooked
 * logger be collected and recreated without its filter.
 */
public final class ApplicationLoggers {

    public static final String PREFIX = "io.algogate";
    private static final List<Logger> HOOKED = new CopyOnWriteArrayList<>();

    private ApplicationLoggers() {
    }

    /** The logger for {@code type}, with redaction installed: for code that wants no gap at all. */
    public static Logger of(Class<?> type) {
        Logger logger = Logger.getLogger(type.getName());
        hook(logger);
        return logger;
    }

    /** Hooks every {@code io.algogate} logger that exists now; returns how many were newly hooked. */
    public static int hookExisting() {
        int hooked = 0;
        for (String name : Collections.list(LogManager.getLogManager().getLoggerNames())) {
            if (isApplicationLogger(name)) {
                Logger logger = LogManager.getLogManager().getLogger(name);
                if (logger != null && hook(logger)) {
                    hooked++;
                }
            }
        }
        return hooked;
    }

    /**
     * Creates and hooks the logger of every class under {@code /WEB-INF/classes/io/algogate/} and of
     * every {@code io.algogate} class in the WAR's own jars ({@code WEB-INF/lib}: the filters, the
     * built-in plugins).
     */
    public static int hookClassesOf(ServletContext context) {
        List<String> classNames = new ArrayList<>();
        collectClassNames(context, "/WEB-INF/classes/io/algogate/", classNames);
        Set<String> jars = context.getResourcePaths("/WEB-INF/lib/");
        if (jars != null) {
            jars.stream().filter(path -> path.endsWith(".jar")).forEach(jar -> collectJarClassNames(context, jar, classNames));
        }
        int hooked = 0;
        for (String className : classNames) {
            if (hook(Logger.getLogger(className))) {
                hooked++;
            }
        }
        return hooked;
    }

    static boolean isApplicationLogger(String name) {
        return name.equals(PREFIX) || name.startsWith(PREFIX + ".");
    }

    /** Installs the filter unless it is there already; true when it was installed now. */
    static synchronized boolean hook(Logger logger) {
        Filter current = logger.getFilter();
        if (current instanceof RedactingLogFilter) {
            return false;
        }
        // Loggers outlive the application in Liberty's JVM: after a redeploy the previous deployment's
        // filter (another class loader's RedactingLogFilter) is replaced, not wrapped, so it is freed.
        boolean previousDeployments = current != null && current.getClass().getName().equals(RedactingLogFilter.class.getName());
        logger.setFilter(new RedactingLogFilter(previousDeployments ? null : current));
        HOOKED.add(logger);
        return true;
    }

    private static void collectJarClassNames(ServletContext context, String jar, List<String> into) {
        try (InputStream in = context.getResourceAsStream(jar)) {
            if (in == null) {
                return;
            }
            try (JarInputStream entries = new JarInputStream(in)) {
                for (JarEntry entry = entries.getNextJarEntry(); entry != null; entry = entries.getNextJarEntry()) {
                    String name = entry.getName();
                    if (name.startsWith("io/algogate/") && name.endsWith(".class") && !name.contains("$")) {
                        into.add(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
                    }
                }
            }
        } catch (IOException e) {
            // An unreadable jar fails elsewhere, loudly; its loggers are hooked by the periodic pass.
        }
    }

    private static void collectClassNames(ServletContext context, String directory, List<String> into) {
        Set<String> paths = context.getResourcePaths(directory);
        if (paths == null) {
            return;
        }
        for (String path : paths) {
            if (path.endsWith("/")) {
                collectClassNames(context, path, into);
            } else if (path.endsWith(".class") && !path.contains("$")) {
                into.add(path.substring("/WEB-INF/classes/".length(), path.length() - ".class".length())
                        .replace('/', '.'));
            }
        }
    }
}
