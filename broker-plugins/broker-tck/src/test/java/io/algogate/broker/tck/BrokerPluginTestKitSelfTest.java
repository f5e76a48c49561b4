package io.algogate.broker.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.algogate.broker.spi.BrokerPlugin;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * Runs the kit against the fixture plugins through the JUnit Platform, proving that it passes a
 * correct plugin and fails a broken one exactly where it is broken.
 */
class BrokerPluginTestKitSelfTest {

    /** Runs the kit on the correct fixture; nested, so Surefire does not run it directly. */
    static class CorrectPluginRun extends BrokerPluginTestKit {
        @Override
        protected BrokerPlugin plugin() {
            return new CorrectFixturePlugin();
        }
    }

    /** Runs the kit on the broken fixture; its failures are this test's expectations. */
    static class BrokenPluginRun extends BrokerPluginTestKit {
        @Override
        protected BrokerPlugin plugin() {
            return new BrokenFixturePlugin();
        }
    }

    @Test
    void aCorrectPluginPassesEveryCheck() {
        Events tests = run(CorrectPluginRun.class);

        assertEquals(Set.of(), methodNames(tests.failed()), "failed checks");
        assertEquals(Set.of(), methodNames(tests.aborted()), "skipped checks");
        assertEquals(15, tests.succeeded().count(), "passed checks");
    }

    @Test
    void aBrokenPluginFailsExactlyTheChecksForItsDefects() {
        Events tests = run(BrokenPluginRun.class);

        assertEquals(Set.of(
                        "declaredCapabilitiesMatchTheInterfacesTheAdapterImplements",
                        "placedOrdersGetDistinctIds",
                        "unknownSymbolIsRefusedWithBrokerExceptionOrAccepted",
                        "concurrentOrdersAllGetDistinctIdsAndAreAllBooked"),
                methodNames(tests.failed()));
        // It implements no OrderManagement, so cancel and modify are skipped rather than failed.
        assertEquals(Set.of(
                        "cancelMarksTheOrderCancelledOrRefusesACompleteOne",
                        "modifyKeepsTheOrderIdOrRefusesACompleteOrder"),
                methodNames(tests.aborted()));
    }

    private static Events run(Class<? extends BrokerPluginTestKit> kitRun) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(kitRun)).execute().testEvents();
    }

    private static Set<String> methodNames(Events events) {
        return events.map(event -> event.getTestDescriptor().getLegacyReportingName())
                .map(name -> name.replace("()", ""))
                .collect(Collectors.toSet());
    }
}
