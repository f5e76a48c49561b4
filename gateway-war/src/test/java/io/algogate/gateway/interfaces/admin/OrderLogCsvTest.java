package io.algogate.gateway.interfaces.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OrderLogCsvTest {

    @Test
    void formulaCellsAreDefusedAndQuotesDoubled() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", OrderLogAdminResource.cell("=HYPERLINK(\"x\")"));
        assertEquals("\"'+1\"", OrderLogAdminResource.cell("+1"));
        assertEquals("\"'-1\"", OrderLogAdminResource.cell("-1"));
        assertEquals("\"'@SUM(A1)\"", OrderLogAdminResource.cell("@SUM(A1)"));
        assertEquals("\"{\"\"strategy\"\":\"\"s\"\"}\"", OrderLogAdminResource.cell("{\"strategy\":\"s\"}"));
        assertEquals("\"\"", OrderLogAdminResource.cell(null));
    }
}
