package th.sso.hotline;

import io.micronaut.runtime.Micronaut;

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
