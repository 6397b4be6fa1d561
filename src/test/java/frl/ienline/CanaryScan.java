package frl.ienline;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Raw scan of the database for a canary (security.md R14/R15/R17): every column of every table of the given
 * schemas, text-like columns through {@code ::text}, {@code bytea} by byte search. Answers where it was found
 * ({@code schema.table.column}), so a failing test says which column leaks.
 */
public final class CanaryScan {

    private CanaryScan() {
    }

    /** Every schema (other than PostgreSQL's own) whose tables this connection's user may read. */
    public static String[] readableSchemas(JdbcClient jdbc) {
        return jdbc.sql("""
                SELECT nspname FROM pg_namespace
                WHERE has_schema_privilege(nspname, 'USAGE') AND nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'
                """).query(String.class).list().toArray(String[]::new);
    }

    public static List<String> find(JdbcClient jdbc, String canary, String... schemas) {
        record Column(String schema, String table, String column, String type) {
        }
        List<Column> columns = jdbc.sql("""
                SELECT c.table_schema, c.table_name, c.column_name, c.data_type
                FROM information_schema.columns c
                JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                WHERE c.table_schema = ANY(:schemas) AND t.table_type = 'BASE TABLE'
                  AND has_table_privilege(quote_ident(c.table_schema) || '.' || quote_ident(c.table_name), 'SELECT')
                ORDER BY 1, 2, c.ordinal_position""")
                .param("schemas", schemas)
                .query((rs, n) -> new Column(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
        List<String> found = new ArrayList<>();
        for (Column c : columns) {
            String column = "\"" + c.column() + "\"";
            String condition = c.type().equals("bytea")
                    ? "position(convert_to(:canary, 'UTF8') IN " + column + ") > 0"
                    : column + "::text LIKE '%' || :canary || '%'";
            long hits = jdbc.sql("SELECT count(*) FROM \"" + c.schema() + "\".\"" + c.table() + "\" WHERE " + condition)
                    .param("canary", canary).query(Long.class).single();
            if (hits > 0) {
                found.add(c.schema() + "." + c.table() + "." + c.column());
            }
        }
        return found;
    }
}
