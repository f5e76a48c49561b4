package io.algogate.gateway.support;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.AbstractExecutorService;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A {@link ManagedExecutorService} that runs each task at once on the caller's thread, so a test
 * sees its effect when {@code submit} returns. Only {@link ExecutorService}'s methods are offered;
 * the container-only ones throw.
 */
public final class DirectManagedExecutor {

    private DirectManagedExecutor() {
    }

    public static ManagedExecutorService create() {
        ExecutorService direct = new AbstractExecutorService() {
            private volatile boolean shutDown;

            @Override
            public void execute(Runnable command) {
                command.run();
            }

            @Override
            public void shutdown() {
                shutDown = true;
            }

            @Override
            public List<Runnable> shutdownNow() {
                shutDown = true;
                return List.of();
            }

            @Override
            public boolean isShutdown() {
                return shutDown;
            }

            @Override
            public boolean isTerminated() {
                return shutDown;
            }

            @Override
            public boolean awaitTermination(long timeout, TimeUnit unit) {
                return true;
            }
        };
        return (ManagedExecutorService) Proxy.newProxyInstance(DirectManagedExecutor.class.getClassLoader(),
                new Class<?>[] {ManagedExecutorService.class}, (proxy, method, args) -> {
                    if (method.getDeclaringClass().isAssignableFrom(ExecutorService.class)) {
                        try {
                            return method.invoke(direct, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    }
                    throw new UnsupportedOperationException(method.getName() + " is not offered in unit tests");
                });
    }
}
