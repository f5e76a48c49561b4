package io.algogate.gateway.interfaces.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;

/** A JSP rendered to text (an include into a buffer), for answers that are built outside a controller. */
final class RenderedView {

    private RenderedView() {
    }

    static String of(HttpServletRequest request, HttpServletResponse response, String view)
            throws ServletException, IOException {
        StringWriter text = new StringWriter();
        PrintWriter writer = new PrintWriter(text);
        HttpServletResponseWrapper buffer = new HttpServletResponseWrapper(response) {
            @Override
            public PrintWriter getWriter() {
                return writer;
            }

            @Override
            public ServletOutputStream getOutputStream() {
                throw new IllegalStateException("A JSP writes text");
            }
        };
        request.getRequestDispatcher(view).include(request, buffer);
        writer.flush();
        return text.toString();
    }
}
