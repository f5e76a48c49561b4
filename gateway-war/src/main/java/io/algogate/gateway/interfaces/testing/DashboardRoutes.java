package io.algogate.gateway.interfaces.testing;

import io.algogate.gateway.interfaces.web.MvcApplication;
import jakarta.mvc.Controller;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * The dashboard's routes, read from its controllers as deployed: every {@code @POST} method (the
 * state-changing routes) and every {@code @GET} page of every {@link Controller} the MVC application
 * registers, as the path a browser uses. Found by reflection rather than listed, so a new form cannot
 * be missed by the CSRF test, nor a new page by the every-page browser test.
 */
final class DashboardRoutes {

    private DashboardRoutes() {
    }

    static List<String> postRoutes() {
        return routes(POST.class).stream().map(DashboardRoutes::withSampleParameters).distinct().toList();
    }

    /**
     * The GET routes a browser opens as a page: no path parameter (a page that needs one is reached
     * from another page) and no download (a {@code @Produces} without HTML, a CSV say).
     */
    static List<String> pageRoutes() {
        return routes(GET.class).stream().filter(route -> !route.contains("{")).toList();
    }

    private static List<String> routes(Class<? extends Annotation> httpMethod) {
        String base = MvcApplication.class.getAnnotation(ApplicationPath.class).value();
        TreeSet<String> routes = new TreeSet<>();
        for (Class<?> type : new MvcApplication().getClasses()) {
            Path typePath = type.getAnnotation(Path.class);
            if (typePath == null || !type.isAnnotationPresent(Controller.class) && !hasControllerMethod(type)) {
                continue;
            }
            for (Method method : type.getMethods()) {
                if (method.isAnnotationPresent(httpMethod) && (httpMethod != GET.class || answersHtml(method))) {
                    Path methodPath = method.getAnnotation(Path.class);
                    routes.add(join(base, typePath.value(), methodPath == null ? "" : methodPath.value()));
                }
            }
        }
        return new ArrayList<>(routes);
    }

    private static boolean answersHtml(Method method) {
        Produces produces = method.getAnnotation(Produces.class);
        if (produces == null) {
            produces = method.getDeclaringClass().getAnnotation(Produces.class);
        }
        return produces == null || Arrays.stream(produces.value())
                .anyMatch(type -> type.startsWith(MediaType.TEXT_HTML) || type.startsWith(MediaType.WILDCARD));
    }

    private static boolean hasControllerMethod(Class<?> type) {
        for (Method method : type.getMethods()) {
            if (method.isAnnotationPresent(Controller.class)) {
                return true;
            }
        }
        return false;
    }

    /** A path parameter ({@code {orderId}}) gets a sample value, so the route is a path a client can send. */
    static String withSampleParameters(String route) {
        return route.replaceAll("\\{([A-Za-z0-9_]+)[^}]*}", "sample-$1");
    }

    private static String join(String... parts) {
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            String trimmed = part.replaceAll("^/+|/+$", "");
            if (!trimmed.isEmpty()) {
                path.append('/').append(trimmed);
            }
        }
        return path.toString();
    }
}
