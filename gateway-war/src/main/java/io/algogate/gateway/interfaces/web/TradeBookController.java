package io.algogate.gateway.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The trade book: the day's executions, as the API's tradebook gives them. */
@Path("trades")
@Controller
@RequestScoped
public class TradeBookController {

    @Inject
    SignedInUser signedIn;

    @Inject
    TradingDesk trading;

    @Inject
    Models models;

    @Context
    HttpServletRequest request;

    @GET
    public Response show() {
        return signedIn.asUser(request, user -> {
            TradingDesk.Read<List<TradeRow>> trades = trading.tradeBook(user.getId());
            models.put("trades", trades.value());
            models.put("tradesError", trades.problem());
            return Response.ok("trades.jsp").build();
        });
    }
}
