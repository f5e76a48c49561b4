package io.algogate.broker.spi;

import java.util.Optional;
import java.util.function.Function;

/** Exact look-up of an enum constant by its OpenAlgo wire name; package-private, not part of the SPI. */
final class WireNames {

    private WireNames() {
    }

    static <E extends Enum<E>> Optional<E> find(E[] constants, Function<E, String> wireName, String name) {
        for (E constant : constants) {
            if (wireName.apply(constant).equals(name)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
