package io.algogate.gateway.interfaces.web;

import io.algogate.broker.spi.Action;
import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.OrderAck;
import io.algogate.broker.spi.Position;
import io.algogate.broker.spi.PriceType;
import io.algogate.broker.spi.Product;
import io.algogate.gateway.application.OrderService;
import io.algogate.gateway.application.SmartOrderRequest;
import io.algogate.gateway.domain.UserAccount;
import io.algogate.gateway.interfaces.rest.BrokerExceptionMapper;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The position book: close one position (a smart order to size 0, OpenAlgo's way of closing one
 * symbol, through {@link OrderService} as the API's {@code placesmartorder}) or all of them (the API's
 * {@code closeposition}). Each close answers with a 303 back to the page, which then says what happened.
 */
@Path("positions")
@Controller
@RequestScoped
public class PositionsController {

    /** The strategy name the dashboard's own orders carry. */
    static final String STRATEGY = "Dashboard";
    private static final int MAX_FIELD = 64;
    private static final Map<String, String> NOTICES = Map.of(
            "one", "A market order to close the position was placed.",
            "all", "Market orders to close every open position were placed.",
            "none", "There were no open positions to close.");

    @Inject
    SignedInUser signedIn;

    @Inject
    OrderService orders;

    @Inject
    Models models;

    @Context
    HttpServletRequest request;

    @GET
    public Response show(@QueryParam("closed") String closed) {
        return signedIn.asUser(request, user -> page(user, closed == null ? "" : NOTICES.getOrDefault(closed, ""), "", Response.Status.OK));
    }

    @POST
    @Path("close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response closeOne(MultivaluedMap<String, String> form) {
        return signedIn.asUser(request, user -> {
            String exchange = form.getFirst("exchange");
            String symbol = form.getFirst("symbol");
            Optional<Product> product = product(form.getFirst("product"));
            if (!present(exchange) || !present(symbol) || product.isEmpty()) {
                return page(user, "", "Say which position to close: exchange, symbol and product (MIS, CNC or NRML).",
                        Response.Status.BAD_REQUEST);
            }
            try {
                BigDecimal open = orders.openPosition(user.getId(), exchange, symbol, product.get());
                if (open.signum() == 0) {
                    return page(user, "", "There is no open " + product.get() + " position in " + symbol + " on "
                            + exchange + " to close.", Response.Status.CONFLICT);
                }
                // Quantity 0 with target 0: the smart order places exactly what flattens the position.
                Optional<OrderAck> placed = orders.placeSmartOrder(user.getId(), new SmartOrderRequest(STRATEGY,
                        exchange, symbol, Action.SELL, BigDecimal.ZERO, PriceType.MARKET, product.get(), BigDecimal.ZERO,
                        BigDecimal.ZERO, 0, BigDecimal.ZERO)).placed();
                return placed.isPresent() ? DashboardSession.redirect(request, "positions?closed=one")
                        : page(user, "", "The position in " + symbol + " was already closed.", Response.Status.CONFLICT);
            } catch (BrokerException e) {
                return refused(user, e);
            }
        });
    }

    @POST
    @Path("close-all")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response closeAll(MultivaluedMap<String, String> form) {
        return signedIn.asUser(request, user -> {
            try {
                List<OrderAck> placed = orders.closePositions(user.getId(), STRATEGY);
                return DashboardSession.redirect(request, "positions?closed=" + (placed.isEmpty() ? "none" : "all"));
            } catch (BrokerException e) {
                return refused(user, e);
            }
        });
    }

    private Response refused(UserAccount user, BrokerException e) {
        return page(user, "", "The broker refused: " + e.getMessage(),
                Response.Status.fromStatusCode(BrokerExceptionMapper.statusOf(e.reason())));
    }

    private Response page(UserAccount user, String notice, String error, Response.Status status) {
        List<Position> book = List.of();
        String shownError = error;
        try {
            book = orders.positions(user.getId());
        } catch (BrokerException e) {
            // The page still serves, saying why the book is missing.
            shownError = (error.isEmpty() ? "" : error + " ") + "The broker did not give the position book: " + e.getMessage();
        }
        models.put("positions", new PositionsView(book, notice, shownError));
        return Response.status(status).entity("positions.jsp").build();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank() && value.length() <= MAX_FIELD;
    }

    private static Optional<Product> product(String value) {
        for (Product product : Product.values()) {
            if (product.name().equals(value)) {
                return Optional.of(product);
            }
        }
        return Optional.empty();
    }
}
