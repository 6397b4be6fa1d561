package frl.ienline.platform.logchain;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A log's own small connection pool, a copy of a business pool's settings (URL, role, SSL, timeouts …).
 * A log entry is written in its own transaction while the business transaction still holds a connection;
 * on one shared pool, as many concurrent requests as the pool has connections would each wait for one
 * more connection for their entries until the pool timed out. Appends are serialised by the chain lock,
 * so two connections are enough: one appends, the next waits at the lock instead of at the pool.
 */
public final class AppendPool {

    public static final int SIZE = 2;

    private AppendPool() {
    }

    public static HikariDataSource copyOf(DataSource business, String poolName) {
        HikariDataSource pool;
        try {
            pool = business.unwrap(HikariDataSource.class);
        } catch (SQLException notHikari) {
            throw new IllegalStateException("A log needs a Hikari pool to copy its connection settings from", notHikari);
        }
        HikariConfig config = new HikariConfig();
        pool.copyStateTo(config); // every setting of the business pool, then ours
        config.setPoolName(poolName);
        config.setMaximumPoolSize(SIZE);
        config.setMinimumIdle(1);
        return new HikariDataSource(config);
    }
}
