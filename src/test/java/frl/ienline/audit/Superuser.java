package frl.ienline.audit;

import frl.ienline.platform.EmbeddedPostgresServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** The attacker with full database rights (and the test's way to start from an empty log). */
final class Superuser {

    private Superuser() {
    }

    static int execute(EmbeddedPostgresServer server, String sql, Object... params) {
        try (Connection connection = server.superuserConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void emptyTheLog(EmbeddedPostgresServer server) {
        execute(server, "TRUNCATE audit.access_log, audit.checkpoint");
    }
}
