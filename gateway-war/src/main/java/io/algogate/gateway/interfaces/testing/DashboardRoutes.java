package io.algogate.gateway.interfaces.testing;

import io.algogate.gateway.interfaces.web.MvcApplication;
import jakarta.mvc.Controller;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The dashboard's state-changing routes, read from its controllers as deployed: every {@code @POST}
 * method of every {@link Controller} the MVC application registers, as the path a browser posts to.
 * Found by reflection rather than listed, so a new form cannot be missed by the CSRF test.
 */
final class DashboardRoutes {

    private DashboardRoutes() {
    }

    static List<String> postRoutes() {
        String base = MvcApplication.class.getAnnotation(ApplicationPath.class).value();
        TreeSet<String> routes = new TreeSet<>();
        for (Class<?> type : new MvcApplication().getClasses()) {
            Path typePath = type.getAnnotation(Path.class);
            if (typePath == null || !type.isAnnotationPresent(Controller.class) && !hasControllerMethod(type)) {
                continue;
            }
            for (Method method : type.getMethods()) {
                if (method.isAnnotationPresent(POST.class)) {
                    Path methodPath = method.getAnnotation(Path.class);
                    routes.add(withSampleParameters(join(base, typePath.value(),
                            methodPath == null ? "" : methodPath.value())));
                }
            }
        }
        return new ArrayList<>(routes);
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
