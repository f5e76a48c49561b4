package io.algogate.gateway.interfaces.admin;

import io.algogate.gateway.interfaces.rest.ApiErrorMapper;
import io.algogate.gateway.interfaces.rest.WebApplicationExceptionMapper;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** The admin's JSON API, apart from the public {@code /api/v1} so no API key can reach it. */
@ApplicationPath("/admin/api")
public class AdminApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(AdminGuard.class, SecurityAdminResource.class, SmtpAdminResource.class,
                SecretsAdminResource.class, PluginsAdminResource.class, InstrumentsAdminResource.class,
                OrderLogAdminResource.class, StrategiesAdminResource.class, TrafficAdminResource.class,
                AuditAdminResource.class, ApiErrorMapper.class, WebApplicationExceptionMapper.class);
    }
}
