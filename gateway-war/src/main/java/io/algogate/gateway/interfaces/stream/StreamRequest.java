package io.algogate.gateway.interfaces.stream;

import io.algogate.broker.spi.StreamMode;
import io.algogate.broker.spi.SymbolRef;
import java.util.List;
import java.util.Objects;

/** One client message of OpenAlgo's streaming protocol, parsed by {@link StreamRequestParser}. */
sealed interface StreamRequest {

    /** {@code authenticate} with {@code api_key} (or {@code apikey}). */
    record Authenticate(String apiKey) implements StreamRequest {
        public Authenticate {
            Objects.requireNonNull(apiKey, "apiKey");
        }

        @Override
        public String toString() {
            return "Authenticate[apiKey=<hidden>]";
        }
    }

    /** {@code subscribe}: the instruments in one mode. */
    record Subscribe(List<SymbolRef> symbols, StreamMode mode) implements StreamRequest {
        public Subscribe {
            symbols = List.copyOf(symbols);
            Objects.requireNonNull(mode, "mode");
        }
    }

    /** {@code unsubscribe}: each entry an instrument and its mode, or null for every mode it has. */
    record Unsubscribe(List<Topic> topics) implements StreamRequest {
        public Unsubscribe {
            topics = List.copyOf(topics);
        }

        /** An instrument and a mode; a null mode means all of the instrument's modes. */
        record Topic(SymbolRef symbol, StreamMode mode) {
            Topic {
                Objects.requireNonNull(symbol, "symbol");
            }
        }
    }

    /** {@code unsubscribe_all}. */
    record UnsubscribeAll() implements StreamRequest {
    }

    /** {@code subscribe_orders}: the account's order updates. */
    record SubscribeOrders() implements StreamRequest {
    }

    /** {@code unsubscribe_orders}. */
    record UnsubscribeOrders() implements StreamRequest {
    }

    /** {@code ping}. */
    record Ping() implements StreamRequest {
    }

    /** {@code get_broker_info}. */
    record BrokerInfo() implements StreamRequest {
    }
}
