package io.algogate.gateway.interfaces.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The one CSV cell function of every export (order log, instruments): no cell a spreadsheet runs. */
class OrderLogCsvTest {

    @Test
    void formulaCellsAreDefusedAndQuotesDoubled() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", OrderLogAdminResource.cell("=HYPERLINK(\"x\")"));
        assertEquals("\"'+1\"", OrderLogAdminResource.cell("+1"));
        assertEquals("\"'-1\"", OrderLogAdminResource.cell("-1"));
        assertEquals("\"'@SUM(A1)\"", OrderLogAdminResource.cell("@SUM(A1)"));
        assertEquals("\"SBIN\"", OrderLogAdminResource.cell("SBIN"), "ordinary text is only quoted");
        assertEquals("\"a=b\"", OrderLogAdminResource.cell("a=b"), "only a leading sign counts");
        assertEquals("\"{\"\"strategy\"\":\"\"s\"\"}\"", OrderLogAdminResource.cell("{\"strategy\":\"s\"}"));
        assertEquals("\"'\tcmd\"", OrderLogAdminResource.cell("\tcmd"));
        assertEquals("\"'\r=1+1\"", OrderLogAdminResource.cell("\r=1+1"));
        assertEquals("\"\"", OrderLogAdminResource.cell(null));
    }
}
