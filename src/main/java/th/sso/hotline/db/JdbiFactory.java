package th.sso.hotline.db;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Jdbi;

import javax.sql.DataSource;

@Factory
class JdbiFactory {

    @Singleton
    Jdbi jdbi(DataSource dataSource) {
        return Jdbi.create(dataSource);
    }
}
