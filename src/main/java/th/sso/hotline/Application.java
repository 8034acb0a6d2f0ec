package th.sso.hotline;

import io.micronaut.openapi.annotation.OpenAPIExclude;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The service, or a command ({@code eval}, {@code import}, {@code search}, {@code review}, {@code line}) when the first argument
 * names one. The annotations describe the HTTP API for micronaut-openapi (see docs/api.md); the console's
 * HTML pages are not part of the machine-readable contract.
 */
@OpenAPIDefinition(
        info = @Info(title = "SSO hotline API", version = "1",
                description = "The assistant without LINE (ask), index administration and the staff exports. "
                        + "Every error under /api is application/problem+json."),
        tags = {@Tag(name = "assistant"), @Tag(name = "admin"), @Tag(name = "exports"), @Tag(name = "line")})
@SecurityScheme(name = "basicAuth", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "A staff account (viewer, agent or admin)")
@SecurityScheme(name = "consoleSession", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.COOKIE,
        paramName = "HOTLINE_SESSION", description = "The console's session cookie, after signing in at /login")
// The console's HTML pages, by package (a new page package must be added here; ApiContractTest says so).
@OpenAPIExclude(packages = {
        "th.sso.hotline.staff.web", "th.sso.hotline.staff.simulator", "th.sso.hotline.staff.audit",
        "th.sso.hotline.staff.handoff", "th.sso.hotline.staff.accounts", "th.sso.hotline.staff.dashboard",
        "th.sso.hotline.staff.console", "th.sso.hotline.staff.deliveries", "th.sso.hotline.staff.rules"},
        classNames = "th.sso.hotline.staff.review.ReviewController")
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && !args[0].startsWith("-")) {
            System.exit(th.sso.hotline.cli.Commands.run(args));
        }
        Micronaut.run(Application.class, args);
    }
}
