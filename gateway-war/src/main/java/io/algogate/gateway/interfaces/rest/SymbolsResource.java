package io.algogate.gateway.interfaces.rest;

import io.algogate.broker.spi.Instrument;
import io.algogate.broker.spi.InstrumentType;
import io.algogate.gateway.application.InstrumentMasterService;
import io.algogate.gateway.application.ListedInstrument;
import io.algogate.gateway.interfaces.admin.OrderLogAdminResource;
import io.algogate.security.filters.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * OpenAlgo's symbol routes, served from the host's instrument master (D9), never from the broker:
 * symbol, search, expiry and the GET instruments download (JSON or CSV). Rows have OpenAlgo's
 * {@code symtoken} fields; an instrument without expiry or strike shows {@code ""} and {@code 0}, and
 * there is no {@code freeze_qty}, which the SPI's instrument does not carry.
 */
@Path("")
@ApplicationScoped
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
public class SymbolsResource {

    /** Search answers are capped: a one-letter query would otherwise list most of a 100,000-row master. */
    public static final int SEARCH_LIMIT = 500;
    static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("dd-MMM-yy", Locale.ENGLISH);
    static final List<String> CSV_COLUMNS = List.of("id", "symbol", "brsymbol", "name", "exchange", "brexchange",
            "token", "expiry", "strike", "lotsize", "instrumenttype", "tick_size");

    @Context
    HttpServletRequest request;

    @Inject
    InstrumentMasterService master;

    @Inject
    Validator validator;

    /** {@code {data:{id, name, symbol, brsymbol, exchange, brexchange, instrumenttype, expiry, strike, lotsize, tick_size, token}}}. */
    @POST
    @Path("symbol")
    public Response symbol(String body) {
        SymbolQuerySchema query = SymbolQuerySchema.parse(body, validator);
        user();
        ListedInstrument listed = master.listed(query.exchange(), query.symbol()).orElseThrow(() -> ApiError.of(404,
                "Symbol " + query.symbol() + " not found on " + query.exchange()));
        return ApiResponses.success(ApiResponses.successBody().add("data", row(listed)));
    }

    /** {@code {message:"Found N matching symbols", data:[rows]}}, by symbol, at most {@value #SEARCH_LIMIT}. */
    @POST
    @Path("search")
    public Response search(String body) {
        SearchSchema query = SearchSchema.parse(body, validator);
        user();
        List<ListedInstrument> found = master.search(query.query(), query.exchange(), SEARCH_LIMIT);
        JsonArrayBuilder data = Jsonp.PROVIDER.createArrayBuilder();
        found.forEach(listed -> data.add(row(listed)));
        return ApiResponses.success(ApiResponses.successBody()
                .add("message", "Found " + found.size() + " matching symbols").add("data", data));
    }

    /** {@code {message:"Found N expiry dates for NIFTY options in NFO", data:["30-DEC-25", ...]}}, ascending. */
    @POST
    @Path("expiry")
    public Response expiry(String body) {
        ExpirySchema query = ExpirySchema.parse(body, validator);
        user();
        List<InstrumentType> types = query.instrumentType().equals("futures") ? List.of(InstrumentType.FUT)
                : List.of(InstrumentType.CE, InstrumentType.PE);
        List<LocalDate> expiries = master.expiries(query.exchange(), query.symbol(), types);
        JsonArrayBuilder data = Jsonp.PROVIDER.createArrayBuilder();
        expiries.forEach(expiry -> data.add(expiry(expiry)));
        return ApiResponses.success(ApiResponses.successBody()
                .add("message", "Found " + expiries.size() + " expiry dates for " + query.symbol() + " "
                        + query.instrumentType() + " in " + query.exchange())
                .add("data", data));
    }

    /**
     * {@code GET instruments?apikey&exchange&format=json|csv}: the master, or one exchange's part; CSV as
     * a download named {@code instruments_<exchange|all>.csv}.
     */
    @GET
    @Path("instruments")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    public Response instruments(@QueryParam("exchange") String exchange, @QueryParam("format") String format) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        if (exchange != null && !OpenAlgoEnums.EXCHANGES.contains(exchange)) {
            errors.put("exchange", List.of("Must be one of: " + String.join(", ", OpenAlgoEnums.EXCHANGES) + "."));
        }
        String chosen = format == null ? "json" : format;
        if (!List.of("json", "csv").contains(chosen)) {
            errors.put("format", List.of("Must be one of: json, csv."));
        }
        if (!errors.isEmpty()) {
            throw ApiError.validation(errors);
        }
        user();
        List<ListedInstrument> all = master.list(exchange);
        if (chosen.equals("csv")) {
            StringBuilder csv = new StringBuilder(String.join(",", CSV_COLUMNS)).append('\n');
            for (ListedInstrument listed : all) {
                Instrument i = listed.instrument();
                // Every cell through the order log's quoting: broker names are text a spreadsheet must not run.
                csv.append(Stream.of(String.valueOf(listed.id()), i.symbol(), i.brokerSymbol(), i.name(), i.exchange(),
                        i.brokerExchange(), i.token(), i.expiry() == null ? "" : expiry(i.expiry()),
                        strike(i).toPlainString(), plain(i.lotSize()), i.instrumentType().name(), plain(i.tickSize()))
                        .map(OrderLogAdminResource::cell).collect(Collectors.joining(","))).append('\n');
            }
            return Response.ok(csv.toString(), "text/csv; charset=utf-8").header("Content-Disposition",
                    "attachment; filename=\"instruments_" + (exchange == null ? "all" : exchange) + ".csv\"").build();
        }
        JsonArrayBuilder data = Jsonp.PROVIDER.createArrayBuilder();
        all.forEach(listed -> data.add(row(listed)));
        return ApiResponses.success(ApiResponses.successBody().add("message", "Found " + all.size() + " instruments")
                .add("data", data));
    }

    static JsonObjectBuilder row(ListedInstrument listed) {
        Instrument i = listed.instrument();
        return Jsonp.PROVIDER.createObjectBuilder().add("id", listed.id()).add("name", i.name()).add("symbol", i.symbol())
                .add("brsymbol", i.brokerSymbol()).add("exchange", i.exchange()).add("brexchange", i.brokerExchange())
                .add("instrumenttype", i.instrumentType().name())
                .add("expiry", i.expiry() == null ? "" : expiry(i.expiry())).add("strike", strike(i))
                .add("lotsize", ApiResponses.quantity(i.lotSize())).add("tick_size", i.tickSize().stripTrailingZeros())
                .add("token", i.token());
    }

    /** OpenAlgo's {@code DD-MMM-YY}, upper case: {@code 30-DEC-25}. */
    static String expiry(LocalDate date) {
        return date.format(EXPIRY).toUpperCase(Locale.ROOT);
    }

    private static BigDecimal strike(Instrument i) {
        return i.strike() == null ? BigDecimal.ZERO : ApiResponses.quantity(i.strike());
    }

    private static String plain(BigDecimal value) {
        return ApiResponses.quantity(value).toPlainString();
    }

    private long user() {
        return ApiKeyAuthenticator.authenticatedUser(request);
    }
}
