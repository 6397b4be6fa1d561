package frl.ienline.signals.internal;

import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Key rotation, second half: after a new current key is configured (old keys kept), this job re-wraps every
 * ciphertext still under an old key, in batches, so the old key can be removed. Runs nightly and is
 * idempotent; the plaintext never leaves the process.
 */
@Component
public class Reencryption {

    private static final Logger log = LoggerFactory.getLogger(Reencryption.class);
    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    Reencryption(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Scheduled(cron = "${ienline.signals.crypto.reencrypt-cron:0 40 3 * * *}")
    void scheduled() {
        run();
    }

    /** Re-encrypts all rows under old keys; answers how many values it moved. */
    public int run() {
        String current = "v1." + cipher.keyring().currentId() + ".%";
        int moved = 0;
        for (Signals.EncryptedColumn column : Signals.ENCRYPTED) {
            while (true) {
                record Row(UUID id, String value) {
                }
                List<Row> rows = jdbc.sql("SELECT id, " + column.column() + " AS value FROM signals." + column.table()
                        + " WHERE " + column.column() + " IS NOT NULL AND " + column.column() + " NOT LIKE :current LIMIT "
                        + BATCH)
                        .param("current", current)
                        .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("value"))).list();
                if (rows.isEmpty()) {
                    break;
                }
                for (Row row : rows) {
                    String rewrapped = cipher.reencrypt(row.value(), column.context(row.id()));
                    moved += jdbc.sql("UPDATE signals." + column.table() + " SET " + column.column() + " = :new WHERE id = :id AND "
                            + column.column() + " = :old")
                            .param("new", rewrapped).param("id", row.id()).param("old", row.value()).update();
                }
            }
        }
        if (moved > 0) {
            log.info("Signals re-encryption moved {} values to key {}", moved, cipher.keyring().currentId());
        }
        return moved;
    }
}
