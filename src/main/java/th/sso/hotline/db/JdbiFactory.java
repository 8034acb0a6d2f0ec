package th.sso.hotline.db;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions;

import javax.sql.DataSource;

@Factory
class JdbiFactory {

    @Singleton
    Jdbi jdbi(DataSource dataSource) {
        return configure(Jdbi.create(dataSource));
    }

    /**
     * A statement's exception text names the SQL only, never its bound values: those hold citizens' questions
     * and user ids, and exception text ends up in logs.
     */
    static Jdbi configure(Jdbi jdbi) {
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
        return jdbi;
    }
}
