package io.algogate.gateway.interfaces.web;

import jakarta.mvc.security.Csrf;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;
import org.eclipse.krazo.Properties;
import org.eclipse.krazo.bootstrap.CoreFeature;

/**
 * The dashboard, under {@code /app}. Krazo checks the CSRF token of every {@code @POST} controller
 * method (IMPLICIT mode, D7), with tokens in a cookie so no session exists before login.
 */
@ApplicationPath("/app")
public class MvcApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(CoreFeature.class, SetupController.class, LoginController.class, DashboardController.class,
                PasswordResetController.class, TotpSettingsController.class, AccountController.class,
                PluginsController.class, BrokerController.class, OrderLogController.class,
                ThemeController.class,
                ProfileController.class,
                StrategiesController.class,
                OrderTicketController.class,
                OrderBookController.class,
                TradeBookController.class,
                LiveDataResource.class,
                AnalyzerController.class,
                PositionsController.class,
                HoldingsController.class,
                SymbolSearchController.class,
                AdminSecurityController.class,
                AdminLoginsController.class,
                AdminSessionsController.class,
                AdminTrafficController.class,
                UnmatchedPageMapper.class);
    }

    @Override
    public Map<String, Object> getProperties() {
        return Map.of(Csrf.CSRF_PROTECTION, Csrf.CsrfOptions.IMPLICIT,
                Properties.CSRF_TOKEN_STRATEGY, new SafeCookieCsrfStrategy());
    }
}
