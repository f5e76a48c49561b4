package io.algogate.gateway.domain;

import io.algogate.broker.spi.Instrument;
import io.algogate.broker.spi.InstrumentType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of the host's instrument master (OpenAlgo's {@code symtoken}, D9). Rows belong to a
 * generation: a download writes a new one beside the current, and only its completion makes it
 * current, so readers never see half a master.
 */
@Entity
@Table(name = "instruments", indexes = {
        @Index(name = "instruments_symbol", columnList = "generation, exchange, symbol"),
        @Index(name = "instruments_broker_symbol", columnList = "generation, broker_exchange, broker_symbol")})
public class InstrumentRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long generation;

    @Column(name = "broker_id", nullable = false, length = 32)
    private String brokerId;

    @Column(nullable = false, length = 64)
    private String symbol;

    @Column(name = "broker_symbol", nullable = false, length = 64)
    private String brokerSymbol;

    @Column(nullable = false, length = 16)
    private String exchange;

    @Column(name = "broker_exchange", nullable = false, length = 16)
    private String brokerExchange;

    @Column(nullable = false, length = 32)
    private String token;

    @Column(nullable = false, length = 128)
    private String name;

    private LocalDate expiry;

    @Column(precision = 18, scale = 4)
    private BigDecimal strike;

    @Column(name = "lot_size", nullable = false, precision = 18, scale = 4)
    private BigDecimal lotSize;

    @Column(name = "tick_size", nullable = false, precision = 18, scale = 6)
    private BigDecimal tickSize;

    @Column(name = "instrument_type", nullable = false, length = 16)
    private String instrumentType;

    protected InstrumentRecord() {
    }

    public InstrumentRecord(long generation, String brokerId, Instrument instrument) {
        this.generation = generation;
        this.brokerId = brokerId;
        this.symbol = fit(instrument.symbol(), 64);
        this.brokerSymbol = fit(instrument.brokerSymbol(), 64);
        this.exchange = fit(instrument.exchange(), 16);
        this.brokerExchange = fit(instrument.brokerExchange(), 16);
        this.token = fit(instrument.token(), 32);
        this.name = fit(instrument.name(), 128);
        this.expiry = instrument.expiry();
        this.strike = instrument.strike();
        this.lotSize = instrument.lotSize();
        this.tickSize = instrument.tickSize();
        this.instrumentType = instrument.instrumentType().name();
    }

    /** A broker's odd long value must not fail the whole download; names are display text. */
    private static String fit(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length);
    }

    /** Back to the SPI's value type, for the services that serve symbols. */
    public Instrument toInstrument() {
        return new Instrument(symbol, brokerSymbol, exchange, brokerExchange, token, name, expiry, strike, lotSize,
                tickSize, InstrumentType.valueOf(instrumentType));
    }

    /** The row's key, OpenAlgo's {@code id} in the symbol endpoint. */
    public Long getId() {
        return id;
    }

    public long getGeneration() {
        return generation;
    }

    public String getBrokerId() {
        return brokerId;
    }
}
