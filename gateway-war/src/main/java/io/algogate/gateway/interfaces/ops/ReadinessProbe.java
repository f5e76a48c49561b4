package io.algogate.gateway.interfaces.ops;

import java.util.concurrent.Callable;

/**
 * One thing the gateway needs before it can take traffic: its name in the readiness answer, and a
 * probe that returns a short detail when it is ready and throws when it is not.
 */
public record ReadinessProbe(String name, Callable<String> probe) {
}
