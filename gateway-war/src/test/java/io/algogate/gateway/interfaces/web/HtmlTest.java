package io.algogate.gateway.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesMarkupAndBothQuotes() {
        assertEquals("&quot;&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &#39;",
                Html.escape("\"><img src=x onerror=alert(1)> & '"));
        assertEquals("/gateway", Html.escape("/gateway"));
    }
}
