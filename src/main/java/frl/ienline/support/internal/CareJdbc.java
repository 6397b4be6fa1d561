package frl.ienline.support.internal;

import frl.ienline.platform.CareCompartmentDatabase;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The compartment's own {@link JdbcClient} on the care role's pool. Deliberately not a {@code JdbcClient}
 * bean: that would replace the application's primary one for every other module.
 */
@Component
public class CareJdbc {

    private final JdbcClient client;

    CareJdbc(@Qualifier(CareCompartmentDatabase.DATA_SOURCE) DataSource care) {
        this.client = JdbcClient.create(care);
    }

    public JdbcClient.StatementSpec query(String sql) {
        return client.sql(sql);
    }
}
