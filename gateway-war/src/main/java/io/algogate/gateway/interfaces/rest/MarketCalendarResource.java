package io.algogate.gateway.interfaces.rest;

import io.algogate.gateway.application.MarketCalendar;
import io.algogate.gateway.application.MarketCalendar.Holiday;
import io.algogate.gateway.application.MarketCalendar.Session;
import io.algogate.gateway.infrastructure.config.GatewaySettings;
import io.algogate.security.filters.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * OpenAlgo's market/holidays and market/timings from the built-in calendar ({@link MarketCalendar})
 * plus the holidays configured under {@value MarketCalendar#HOLIDAYS_KEY}. Times are epoch
 * milliseconds, as OpenAlgo gives them.
 */
@Path("market")
@ApplicationScoped
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
public class MarketCalendarResource {

    @Context
    HttpServletRequest request;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    /** OpenAlgo's {@code MarketHolidaysSchema}: {@code year}, 2020 to 2050, default this year (IST). */
    record HolidaysSchema(@Min(value = 2020, message = YEAR_RANGE) @Max(value = 2050, message = YEAR_RANGE) Integer year) {
        static final String YEAR_RANGE = "Must be greater than or equal to 2020 and less than or equal to 2050.";
    }

    /** OpenAlgo's {@code MarketTimingsSchema}: {@code date}, {@code YYYY-MM-DD}, required. */
    record TimingsSchema(LocalDate date) {
    }

    /**
     * {@code {year, timezone:"Asia/Kolkata", data:[{date, description, holiday_type, closed_exchanges,
     * open_exchanges}]}}; every holiday here is a trading holiday closing every exchange.
     */
    @POST
    @Path("holidays")
    public Response holidays(String body) {
        JsonRequest json = parse(body, "year");
        int thisYear = LocalDate.ofInstant(clock.instant(), MarketCalendar.IST).getYear();
        HolidaysSchema query = json.validated(validator, new HolidaysSchema(json.integer("year", false).orElse(thisYear)));
        user();
        JsonArrayBuilder data = Jsonp.PROVIDER.createArrayBuilder();
        for (Holiday holiday : calendar().holidays(query.year())) {
            data.add(Jsonp.PROVIDER.createObjectBuilder().add("date", holiday.date().toString())
                    .add("description", holiday.description()).add("holiday_type", "TRADING_HOLIDAY")
                    .add("closed_exchanges", Jsonp.PROVIDER.createArrayBuilder(MarketCalendar.exchanges()))
                    .add("open_exchanges", Jsonp.PROVIDER.createArrayBuilder()));
        }
        return ApiResponses.success(ApiResponses.successBody().add("year", query.year())
                .add("timezone", MarketCalendar.IST.getId()).add("data", data));
    }

    /** {@code {data:[{exchange, start_time, end_time}]}}, empty on a weekend or holiday. */
    @POST
    @Path("timings")
    public Response timings(String body) {
        JsonRequest json = parse(body, "date");
        TimingsSchema query = json.validated(validator, new TimingsSchema(json.date("date", true).orElse(null)));
        user();
        JsonArrayBuilder data = Jsonp.PROVIDER.createArrayBuilder();
        for (Session session : calendar().sessions(query.date())) {
            data.add(Jsonp.PROVIDER.createObjectBuilder().add("exchange", session.exchange())
                    .add("start_time", epochMillis(query.date(), session.open()))
                    .add("end_time", epochMillis(query.date(), session.close())));
        }
        return ApiResponses.success(ApiResponses.successBody().add("data", data));
    }

    private static JsonRequest parse(String body, String field) {
        JsonRequest json = JsonRequest.parse(body).allowOnly(List.of("apikey", field));
        json.string("apikey", false, 256);
        return json;
    }

    /** Read per request: the configuration is small, and a changed setting applies without a restart. */
    private static MarketCalendar calendar() {
        return new MarketCalendar(MarketCalendar.parseConfigured(
                new GatewaySettings().optional(MarketCalendar.HOLIDAYS_KEY).orElse(null)));
    }

    private static long epochMillis(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(MarketCalendar.IST).toInstant().toEpochMilli();
    }

    private long user() {
        return ApiKeyAuthenticator.authenticatedUser(request);
    }
}
