package io.algogate.gateway.interfaces.rest;

import java.util.List;

/** OpenAlgo's exchanges and products, for forms outside the API that must accept what orders accept. */
public final class OrderVocabulary {

    private OrderVocabulary() {
    }

    public static List<String> exchanges() {
        return OpenAlgoEnums.EXCHANGES;
    }

    public static List<String> products() {
        return OpenAlgoEnums.PRODUCTS;
    }
}
