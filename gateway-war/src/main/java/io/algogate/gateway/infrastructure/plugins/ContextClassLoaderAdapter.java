package io.algogate.gateway.infrastructure.plugins;

import io.algogate.broker.spi.BrokerAdapter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Wraps an external plugin's adapter so that every call into it runs with the plugin's class loader
 * as the thread's context class loader: libraries a plugin bundles (JSON mappers, HTTP clients,
 * {@code ServiceLoader} users) look there for their classes, and would otherwise see the WAR's.
 *
 * <p>The wrapper implements exactly the SPI interfaces the adapter implements, so the host's
 * {@link BrokerAdapter#capability(Class)} questions get the same answers, each answer wrapped too.
 */
public final class ContextClassLoaderAdapter implements InvocationHandler {

    private final Object target;
    private final ClassLoader pluginLoader;

    private ContextClassLoaderAdapter(Object target, ClassLoader pluginLoader) {
        this.target = target;
        this.pluginLoader = pluginLoader;
    }

    /** The adapter, wrapped so that calls run under {@code pluginLoader} as context class loader. */
    public static BrokerAdapter wrap(BrokerAdapter adapter, ClassLoader pluginLoader) {
        return (BrokerAdapter) proxy(adapter, pluginLoader);
    }

    /** Something run under a given context class loader. */
    @FunctionalInterface
    public interface PluginCall<T, E extends Throwable> {
        T call() throws E;
    }

    /**
     * Runs a call with the given loader as the thread's context loader and restores the previous one:
     * a plugin's {@code create} under the plugin's loader, or host code a plugin calls back (the
     * instrument sink) under the gateway's.
     */
    public static <T, E extends Throwable> T withContextLoader(ClassLoader loader, PluginCall<T, E> call)
            throws E {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return call.call();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static Object proxy(Object target, ClassLoader pluginLoader) {
        Class<?>[] interfaces = spiInterfacesOf(target.getClass());
        // Defined in the gateway's loader, which sees the SPI; the plugin's own types are not needed.
        return Proxy.newProxyInstance(ContextClassLoaderAdapter.class.getClassLoader(), interfaces,
                new ContextClassLoaderAdapter(target, pluginLoader));
    }

    /** The SPI interfaces of a class, from its whole hierarchy: the host knows no others. */
    private static Class<?>[] spiInterfacesOf(Class<?> type) {
        Set<Class<?>> found = new LinkedHashSet<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            collectSpiInterfaces(c, found);
        }
        return found.toArray(Class<?>[]::new);
    }

    private static void collectSpiInterfaces(Class<?> type, Set<Class<?>> found) {
        for (Class<?> implemented : type.getInterfaces()) {
            if (PluginClassLoader.isSpiClass(implemented.getName()) && Modifier.isPublic(implemented.getModifiers())) {
                found.add(implemented);
            }
            collectSpiInterfaces(implemented, found);
        }
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return invokeObjectMethod(proxy, method, args);
        }
        Object result = withContextLoader(pluginLoader, () -> invokeTarget(method, args));
        return isCapabilityLookup(method) ? wrapCapability(proxy, result) : result;
    }

    private Object invokeTarget(Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            // The plugin's own exception (a BrokerException, say), not the reflection wrapper.
            throw e.getCause();
        }
    }

    private static boolean isCapabilityLookup(Method method) {
        return method.getName().equals("capability") && method.getParameterCount() == 1
                && method.getParameterTypes()[0] == Class.class;
    }

    /** A capability the adapter hands out must not escape the wrapping. */
    private Object wrapCapability(Object proxy, Object capability) {
        if (capability == null) {
            return null;
        }
        return capability == target ? proxy : proxy(capability, pluginLoader);
    }

    private Object invokeObjectMethod(Object proxy, Method method, Object[] args) throws Throwable {
        return switch (method.getName()) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            case "toString" -> "ContextClassLoaderAdapter[" + target + "]";
            default -> method.invoke(target, args);
        };
    }
}
