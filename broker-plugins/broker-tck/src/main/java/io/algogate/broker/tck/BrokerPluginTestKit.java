package io.algogate.broker.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.algogate.broker.spi.Action;
import io.algogate.broker.spi.BrokerAdapter;
import io.algogate.broker.spi.BrokerContext;
import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.BrokerLogin;
import io.algogate.broker.spi.BrokerPlugin;
import io.algogate.broker.spi.BrokerSpi;
import io.algogate.broker.spi.Capability;
import io.algogate.broker.spi.DepthSource;
import io.algogate.broker.spi.FundsSource;
import io.algogate.broker.spi.GttOrders;
import io.algogate.broker.spi.HistorySource;
import io.algogate.broker.spi.HoldingsSource;
import io.algogate.broker.spi.InstrumentSource;
import io.algogate.broker.spi.MarginCalculator;
import io.algogate.broker.spi.MarketStream;
import io.algogate.broker.spi.ModifyOrderRequest;
import io.algogate.broker.spi.Order;
import io.algogate.broker.spi.OrderAck;
import io.algogate.broker.spi.OrderBookSource;
import io.algogate.broker.spi.OrderEntry;
import io.algogate.broker.spi.OrderManagement;
import io.algogate.broker.spi.OrderRequest;
import io.algogate.broker.spi.OrderStatus;
import io.algogate.broker.spi.OrderUpdateStream;
import io.algogate.broker.spi.PositionBookSource;
import io.algogate.broker.spi.PositionCloser;
import io.algogate.broker.spi.PriceType;
import io.algogate.broker.spi.Product;
import io.algogate.broker.spi.QuoteSource;
import io.algogate.broker.spi.TradeBookSource;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The broker plugin test kit: extend it in a test of your plugin, implement {@link #plugin()}, and
 * every check below runs against it.
 *
 * <pre>{@code
 * class MyBrokerTestKitTest extends BrokerPluginTestKit {
 *     @Override
 *     protected BrokerPlugin plugin() {
 *         return new MyBrokerPlugin();
 *     }
 * }
 * }</pre>
 *
 * <p>Checks cover identity (id, names, SPI version, the {@code META-INF/services} file, declared
 * capabilities against implemented interfaces), the order lifecycle, the shape of the order book,
 * error mapping and thread safety. A check that needs a capability the adapter does not implement
 * is skipped (aborted), not failed. Each test creates its own adapter from {@link #context()} and
 * closes it afterwards, so tests never see each other's orders.
 *
 * <p>Override {@link #context()} when the plugin needs more than a clock, configuration, a logger
 * and an in-memory durable store (an HTTP client pointed at a stub server, secrets), and
 * {@link #sampleOrder()} when the broker cannot trade NSE SBIN.
 */
public abstract class BrokerPluginTestKit {

    /** The id rule the host enforces at discovery. */
    private static final Pattern PLUGIN_ID = Pattern.compile("[a-z][a-z0-9-]{1,31}");

    /** A symbol no exchange lists, so every broker should refuse it. */
    private static final String UNKNOWN_SYMBOL = "NO-SUCH-SYMBOL-XYZ";

    private static final int CONCURRENT_THREADS = 8;
    private static final int ORDERS_PER_THREAD = 25;
    private static final long CONCURRENCY_TIMEOUT_SECONDS = 60;

    /**
     * Which adapter interfaces each capability stands for, following {@link Capability}'s Javadoc:
     * a plugin declares a capability exactly when its adapter implements at least one of them.
     */
    private static final Map<Capability, List<Class<?>>> CAPABILITY_INTERFACES = capabilityInterfaces();

    private BrokerPlugin plugin;
    private BrokerContext context;
    private BrokerAdapter adapter;

    /** A new instance of the plugin under test, as its no-argument constructor would make it. */
    protected abstract BrokerPlugin plugin();

    /**
     * The context the adapter is created with. The default is
     * {@link TestBrokerContext#withDefaults(String)}: a fixed clock, empty configuration, a logger and
     * an empty {@link InMemoryDurableStore}, new for each test.
     */
    protected BrokerContext context() {
        return TestBrokerContext.withDefaults(plugin.id());
    }

    /**
     * An order the broker should accept: by default NSE SBIN, BUY 1 at MARKET, MIS. Lifecycle and
     * concurrency checks place it many times (200 times for thread safety).
     */
    protected OrderRequest sampleOrder() {
        return new OrderRequest("broker-tck", "NSE", "SBIN", Action.BUY, BigDecimal.ONE,
                PriceType.MARKET, Product.MIS, BigDecimal.ZERO, BigDecimal.ZERO, 0);
    }

    @BeforeEach
    final void createPluginAndContext() {
        plugin = plugin();
        context = context();
    }

    @AfterEach
    final void closeAdapter() {
        if (adapter != null) {
            adapter.close();
        }
    }

    // ---------------------------------------------------------------- identity

    @Test
    public void idIsLowerCaseLettersDigitsAndDashes() {
        String id = plugin.id();
        assertNotNull(id, "id()");
        assertTrue(PLUGIN_ID.matcher(id).matches(),
                () -> "id() \"" + id + "\" must match " + PLUGIN_ID.pattern() + "; the host refuses other ids");
    }

    @Test
    public void displayNameAndVersionAreNotBlank() {
        assertFalse(isBlank(plugin.displayName()), "displayName() must not be blank");
        assertFalse(isBlank(plugin.version()), "version() must not be blank");
    }

    @Test
    public void spiVersionIsOneTheHostAccepts() {
        int spiVersion = plugin.spiVersion();
        assertTrue(spiVersion >= 1 && spiVersion <= BrokerSpi.VERSION,
                () -> "spiVersion() is " + spiVersion + ", must be between 1 and " + BrokerSpi.VERSION);
    }

    @Test
    public void pluginIsFoundThroughServiceLoaderWithItsOwnClassLoader() {
        Class<?> pluginClass = plugin.getClass();
        // Provider::type names the class without instantiating it, so other plugins on the class
        // path (and their constructors) do not matter here.
        boolean found = ServiceLoader.load(BrokerPlugin.class, pluginClass.getClassLoader()).stream()
                .anyMatch(provider -> provider.type() == pluginClass);
        assertTrue(found, () -> "ServiceLoader does not find " + pluginClass.getName()
                + ": list it in META-INF/services/" + BrokerPlugin.class.getName());
    }

    @Test
    public void declaredCapabilitiesMatchTheInterfacesTheAdapterImplements() {
        Set<Capability> declared = plugin.capabilities();
        assertNotNull(declared, "capabilities()");
        BrokerAdapter created = adapter();
        List<String> mismatches = new ArrayList<>();
        CAPABILITY_INTERFACES.forEach((capability, interfaces) -> {
            List<String> implemented = interfaces.stream().filter(type -> type.isInstance(created))
                    .map(Class::getSimpleName).toList();
            if (declared.contains(capability) && implemented.isEmpty()) {
                mismatches.add(capability + " is declared but the adapter implements none of "
                        + simpleNames(interfaces));
            } else if (!declared.contains(capability) && !implemented.isEmpty()) {
                mismatches.add(capability + " is not declared but the adapter implements " + implemented);
            }
        });
        assertTrue(mismatches.isEmpty(), () -> String.join("; ", mismatches));
    }

    // ---------------------------------------------------------------- order lifecycle

    @Test
    public void placedOrderIsInTheOrderBookAsRequested() throws BrokerException {
        assumeOrderEntryAndOrderBook();
        OrderRequest request = sampleOrder();
        OrderAck ack = adapter().capability(OrderEntry.class).placeOrder(request);
        assertFalse(isBlank(ack.orderId()), "the order id must not be blank");

        Order booked = bookedOrder(ack.orderId());
        assertEquals(request.exchange(), booked.exchange(), "exchange");
        assertEquals(request.symbol(), booked.symbol(), "symbol");
        assertEquals(request.action(), booked.action(), "action");
        assertEquals(0, request.quantity().compareTo(booked.quantity()),
                () -> "quantity: requested " + request.quantity() + ", booked " + booked.quantity());
        assertEquals(request.product(), booked.product(), "product");
        assertEquals(request.priceType(), booked.priceType(), "price type");
        assertNotNull(booked.status(), "status");
    }

    @Test
    public void placedOrdersGetDistinctIds() throws BrokerException {
        assumeTrue(implemented(OrderEntry.class), "the adapter does not implement OrderEntry");
        OrderEntry entry = adapter().capability(OrderEntry.class);
        String first = entry.placeOrder(sampleOrder()).orderId();
        String second = entry.placeOrder(sampleOrder()).orderId();
        assertFalse(first.equals(second), () -> "two orders got the same id " + first);
    }

    @Test
    public void cancelMarksTheOrderCancelledOrRefusesACompleteOne() throws BrokerException {
        assumeOrderEntryAndOrderBook();
        assumeTrue(implemented(OrderManagement.class), "the adapter does not implement OrderManagement");
        String orderId = adapter().capability(OrderEntry.class).placeOrder(sampleOrder()).orderId();
        try {
            OrderAck ack = adapter().capability(OrderManagement.class).cancelOrder(orderId);
            assertEquals(orderId, ack.orderId(), "cancelOrder must answer the cancelled order's id");
            assertEquals(OrderStatus.CANCELLED, bookedOrder(orderId).status(), "status after cancel");
        } catch (BrokerException refused) {
            assertRefusedBecauseComplete(orderId, refused, "cancel");
        }
    }

    /**
     * Modifies the sample order to its own fields, since the kit cannot know which other price or
     * quantity the broker would accept; what it checks is that the order keeps its id.
     */
    @Test
    public void modifyKeepsTheOrderIdOrRefusesACompleteOrder() throws BrokerException {
        assumeOrderEntryAndOrderBook();
        assumeTrue(implemented(OrderManagement.class), "the adapter does not implement OrderManagement");
        String orderId = adapter().capability(OrderEntry.class).placeOrder(sampleOrder()).orderId();
        try {
            OrderAck ack = adapter().capability(OrderManagement.class)
                    .modifyOrder(new ModifyOrderRequest(orderId, sampleOrder()));
            assertEquals(orderId, ack.orderId(), "modifyOrder must keep the order's id");
            bookedOrder(orderId);
        } catch (BrokerException refused) {
            assertRefusedBecauseComplete(orderId, refused, "modify");
        }
    }

    // ---------------------------------------------------------------- book shapes

    @Test
    public void everyBookedOrderIsWellFormedAndNotPlacedInTheFuture() throws BrokerException {
        assumeTrue(implemented(OrderBookSource.class), "the adapter does not implement OrderBookSource");
        if (implemented(OrderEntry.class)) {
            // An empty book would prove nothing.
            adapter().capability(OrderEntry.class).placeOrder(sampleOrder());
        }
        Instant now = context.clock().instant();
        List<Order> book = adapter().capability(OrderBookSource.class).orderBook();
        assertNotNull(book, "orderBook() must never be null");
        for (Order order : book) {
            String which = "order " + order.orderId() + ": ";
            assertFalse(isBlank(order.orderId()), which + "blank order id");
            assertFalse(isBlank(order.exchange()), which + "blank exchange");
            assertFalse(isBlank(order.symbol()), which + "blank symbol");
            assertTrue(order.quantity().signum() > 0, which + "quantity must be positive");
            assertTrue(order.price().signum() >= 0, which + "price must not be negative");
            assertTrue(order.triggerPrice().signum() >= 0, which + "trigger price must not be negative");
            assertFalse(order.placedAt().isAfter(now),
                    () -> which + "placed at " + order.placedAt() + ", after the context clock's " + now
                            + "; use BrokerContext.clock() or the broker's own timestamp");
        }
    }

    // ---------------------------------------------------------------- error mapping
    //
    // A broker may refuse these orders (with a BrokerException of any reason) or accept them (a
    // paper broker may); the kit accepts either. Only an unchecked exception escaping fails, since
    // the host maps BrokerException to an HTTP answer and anything else to a server error.

    @Test
    public void unknownSymbolIsRefusedWithBrokerExceptionOrAccepted() {
        OrderRequest sample = sampleOrder();
        placeExpectingNoUncheckedException(withSymbolAndQuantity(sample, UNKNOWN_SYMBOL, sample.quantity()));
    }

    @Test
    public void fractionalQuantityIsRefusedWithBrokerExceptionOrAccepted() {
        OrderRequest sample = sampleOrder();
        placeExpectingNoUncheckedException(withSymbolAndQuantity(sample, sample.symbol(), new BigDecimal("0.5")));
    }

    @Test
    public void hugeQuantityIsRefusedWithBrokerExceptionOrAccepted() {
        OrderRequest sample = sampleOrder();
        placeExpectingNoUncheckedException(
                withSymbolAndQuantity(sample, sample.symbol(), new BigDecimal("1000000000000")));
    }

    // ---------------------------------------------------------------- thread safety

    @Test
    public void concurrentOrdersAllGetDistinctIdsAndAreAllBooked() throws Exception {
        assumeOrderEntryAndOrderBook();
        OrderEntry entry = adapter().capability(OrderEntry.class);
        OrderRequest request = sampleOrder();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT_THREADS);
        List<String> ids = new ArrayList<>();
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int thread = 0; thread < CONCURRENT_THREADS; thread++) {
                results.add(pool.submit(() -> {
                    // All threads start together, so their calls really overlap.
                    start.await();
                    List<String> placed = new ArrayList<>();
                    for (int i = 0; i < ORDERS_PER_THREAD; i++) {
                        placed.add(entry.placeOrder(request).orderId());
                    }
                    return placed;
                }));
            }
            start.countDown();
            for (Future<List<String>> result : results) {
                ids.addAll(result.get(CONCURRENCY_TIMEOUT_SECONDS, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        int expected = CONCURRENT_THREADS * ORDERS_PER_THREAD;
        Set<String> distinct = new HashSet<>(ids);
        assertEquals(expected, distinct.size(),
                () -> expected + " concurrent orders got only " + distinct.size() + " distinct ids");
        Set<String> booked = adapter().capability(OrderBookSource.class).orderBook().stream()
                .map(Order::orderId).collect(Collectors.toSet());
        Set<String> missing = new HashSet<>(distinct);
        missing.removeAll(booked);
        assertTrue(missing.isEmpty(),
                () -> missing.size() + " of " + expected + " concurrent orders are missing from the order book");
    }

    // ---------------------------------------------------------------- close

    @Test
    public void closeIsIdempotentAndDoesNotThrow() {
        BrokerAdapter created = plugin.create(context);
        try {
            created.close();
            created.close();
        } catch (RuntimeException e) {
            fail("close() must not throw, even when called twice", e);
        }
    }

    // ---------------------------------------------------------------- helpers

    /** The adapter of this test, created on first use so identity checks need no adapter. */
    private BrokerAdapter adapter() {
        if (adapter == null) {
            adapter = plugin.create(context);
            assertNotNull(adapter, "create(context) returned null");
        }
        return adapter;
    }

    private boolean implemented(Class<?> capability) {
        return capability.isInstance(adapter());
    }

    private void assumeOrderEntryAndOrderBook() {
        assumeTrue(implemented(OrderEntry.class) && implemented(OrderBookSource.class),
                "the adapter does not implement both OrderEntry and OrderBookSource");
    }

    /** The one order with this id in the order book; fails if there is none or more than one. */
    private Order bookedOrder(String orderId) throws BrokerException {
        List<Order> matching = adapter().capability(OrderBookSource.class).orderBook().stream()
                .filter(order -> order.orderId().equals(orderId)).toList();
        assertEquals(1, matching.size(), () -> "orders with id " + orderId + " in the order book");
        return matching.get(0);
    }

    private void assertRefusedBecauseComplete(String orderId, BrokerException refused, String operation)
            throws BrokerException {
        assertEquals(BrokerException.Reason.REJECTED, refused.reason(),
                () -> operation + " was refused with " + refused.reason() + ": " + refused.getMessage());
        assertEquals(OrderStatus.COMPLETE, bookedOrder(orderId).status(),
                () -> operation + " may be refused only for a complete order; refusal: " + refused.getMessage());
    }

    private void placeExpectingNoUncheckedException(OrderRequest request) {
        assumeTrue(implemented(OrderEntry.class), "the adapter does not implement OrderEntry");
        try {
            adapter().capability(OrderEntry.class).placeOrder(request);
        } catch (BrokerException refused) {
            // A refusal the host can answer with: exactly what the contract asks for.
        } catch (RuntimeException escaped) {
            fail("placeOrder(" + request + ") threw " + escaped.getClass().getName()
                    + "; a broker refusal must be a BrokerException", escaped);
        }
    }

    private static OrderRequest withSymbolAndQuantity(OrderRequest order, String symbol, BigDecimal quantity) {
        return new OrderRequest(order.strategy(), order.exchange(), symbol, order.action(), quantity,
                order.priceType(), order.product(), order.price(), order.triggerPrice(),
                order.disclosedQuantity());
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static List<String> simpleNames(List<Class<?>> types) {
        return types.stream().map(Class::getSimpleName).toList();
    }

    private static Map<Capability, List<Class<?>>> capabilityInterfaces() {
        Map<Capability, List<Class<?>>> map = new EnumMap<>(Capability.class);
        map.put(Capability.ORDERS, List.of(OrderEntry.class, OrderBookSource.class));
        map.put(Capability.ORDER_MANAGEMENT, List.of(OrderManagement.class, PositionCloser.class));
        map.put(Capability.BOOKS, List.of(TradeBookSource.class, PositionBookSource.class,
                HoldingsSource.class, FundsSource.class));
        map.put(Capability.MARKET_DATA, List.of(QuoteSource.class, DepthSource.class));
        map.put(Capability.HISTORY, List.of(HistorySource.class));
        map.put(Capability.INSTRUMENTS, List.of(InstrumentSource.class));
        map.put(Capability.MARGIN, List.of(MarginCalculator.class));
        map.put(Capability.GTT, List.of(GttOrders.class));
        map.put(Capability.STREAMING, List.of(MarketStream.class, OrderUpdateStream.class));
        map.put(Capability.LOGIN, List.of(BrokerLogin.class));
        return Collections.unmodifiableMap(map);
    }
}
