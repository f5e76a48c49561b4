package io.algogate.broker.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import org.junit.jupiter.api.Test;

/** Shows the compatibility check can fail: the checker itself, against doctored baselines. */
class SpiSurfaceTest {

    private static final String VANISHED_METHOD = "io.algogate.broker.spi.OrderEntry method public abstract"
            + " void io.algogate.broker.spi.OrderEntry.withdrawnMethod()";

    @Test
    void aBaselineMethodTheSurfaceLacksIsReportedByItsLine() {
        List<String> baseline = new ArrayList<>(SpiSurface.current());
        baseline.add(VANISHED_METHOD);

        assertEquals(List.of("removed or changed: " + VANISHED_METHOD),
                SpiSurface.incompatibilities(baseline, SpiSurface.current()));
    }

    @Test
    void additionsToTheSurfacePass() {
        List<String> baseline = new ArrayList<>(SpiSurface.current());
        baseline.removeIf(line -> line.startsWith("io.algogate.broker.spi.Quote"));

        assertEquals(List.of(), SpiSurface.incompatibilities(baseline, SpiSurface.current()));
    }

    @Test
    void aNewAbstractMethodOnAnExistingInterfaceIsReported() {
        SortedSet<String> surface = SpiSurface.current();
        List<String> baseline = new ArrayList<>(surface);
        String placeOrder = baseline.stream()
                .filter(line -> line.contains("OrderEntry.placeOrder(")).findFirst().orElseThrow();
        baseline.remove(placeOrder);

        assertEquals(List.of("abstract method added to an existing interface: " + placeOrder),
                SpiSurface.incompatibilities(baseline, surface));
    }

    @Test
    void theSurfaceSeesSignaturesComponentsAndContextDefaults() {
        SortedSet<String> surface = SpiSurface.current();

        assertTrue(surface.contains("io.algogate.broker.spi.SymbolRef component 0 java.lang.String exchange"));
        assertTrue(surface.contains("io.algogate.broker.spi.BrokerException$Reason kind enum"));
        assertTrue(surface.stream().anyMatch(line -> line.startsWith(
                "io.algogate.broker.spi.BrokerContext method public default java.net.http.HttpClient")));
        assertTrue(surface.stream().noneMatch(line -> line.contains("SpiSurface")), "test classes are not SPI");
    }
}
