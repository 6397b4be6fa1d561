package frl.ienline.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import frl.ienline.platform.EmbeddedPostgresServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** Rotation end to end on a real PostgreSQL: every value and blind index moves to the new keys, idempotently. */
class ReencryptionTest {

    static final EncryptedColumn NOTE = EncryptedColumn.text("kit", "contact", "note_enc")
            .readingLegacy(LegacyFormat.SUPPORT_V1_COLON);
    static final EncryptedColumn NAME = EncryptedColumn.text("kit", "contact", "name_enc")
            .readingLegacy(LegacyFormat.PLAINTEXT);
    static final EncryptedColumn DOCUMENT = EncryptedColumn.bytes("kit", "contact", "document")
            .readingLegacy(LegacyFormat.PLAINTEXT);
    static final BlindIndexColumn NAME_INDEX = BlindIndexColumn.of(NAME, "name_bi", "name", BlindIndex::normaliseText);

    static EmbeddedPostgresServer server;
    static Connection connection;
    static JdbcClient jdbc;

    @BeforeAll
    static void start() throws Exception {
        server = EmbeddedPostgresServer.start(Path.of("target", "test-databases", "kit-" + UUID.randomUUID()), true);
        connection = server.superuserConnection();
        jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
        jdbc.sql("CREATE SCHEMA kit").update();
        jdbc.sql("CREATE TABLE kit.contact (id UUID PRIMARY KEY, note_enc TEXT, name_enc TEXT, name_bi TEXT, document BYTEA)")
                .update();
    }

    @AfterAll
    static void stop() throws Exception {
        connection.close();
        server.close();
    }

    @Test
    void rotationMovesEveryValueAndIndexToTheNewKeys() throws Exception {
        KeyRing ring = TestKeys.ring("kit");
        FieldCipher cipher = new FieldCipher(ring);
        BlindIndex index = new BlindIndex(ring);
        jdbc.sql("DELETE FROM kit.contact").update();
        UUID kitRow = UUID.randomUUID();
        insert(kitRow, cipher.encrypt("notitie", NOTE.at(kitRow)), cipher.encrypt("Anna", NAME.at(kitRow)),
                index.of("name", "anna"), cipher.encryptBytes(bytes("pdf"), DOCUMENT.at(kitRow)));
        UUID oldRow = UUID.randomUUID(); // support's old form, register's plaintext
        String supportForm = "v1:k1:" + Base64.getEncoder().encodeToString(FieldCipherTest.gcm(TestKeys.key(1, 32), "oud", "k1"));
        insert(oldRow, supportForm, "Bert", index.of("name", "bert"), bytes("%PDF old"));
        for (int i = 0; i < Reencryption.BATCH + 7; i++) { // more than one batch
            UUID id = UUID.randomUUID();
            insert(id, cipher.encrypt("n" + i, NOTE.at(id)), null, null, null);
        }

        KeyRing rotated = ring.withCurrentKey("k2").withCurrentBlindIndexKey("b2");
        FieldCipher newCipher = new FieldCipher(rotated);
        BlindIndex newIndex = new BlindIndex(rotated);
        Reencryption job = new Reencryption(jdbc, newCipher, newIndex, List.of(NOTE, NAME, DOCUMENT), List.of(NAME_INDEX));
        Reencryption.Result result = job.run();

        assertThat(result.failed()).isZero();
        assertThat(result.moved()).isEqualTo(2 + 1 + 1 + 1 + 1 + Reencryption.BATCH + 7);
        assertThat(result.reindexed()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM kit.contact WHERE note_enc NOT LIKE 'v1.k2.%' OR name_enc NOT LIKE 'v1.k2.%'"
                + " OR name_bi NOT LIKE 'b2.%' OR substring(document FROM 1 FOR 6) <> convert_to('v1.k2.', 'UTF8')")
                .query(Integer.class).single()).isZero();
        assertThat(newCipher.decrypt(column(oldRow, "note_enc"), NOTE.at(oldRow))).isEqualTo("oud");
        assertThat(newCipher.decrypt(column(oldRow, "name_enc"), NAME.at(oldRow))).isEqualTo("Bert");
        assertThat(newCipher.decryptBytes(jdbc.sql("SELECT document FROM kit.contact WHERE id = :id").param("id", oldRow)
                .query(byte[].class).single(), DOCUMENT.at(oldRow))).isEqualTo(bytes("%PDF old"));
        assertThat(column(kitRow, "name_bi")).isEqualTo(newIndex.of("name", "anna"));
        // the old keys are no longer needed: a ring without them reads everything
        FieldCipher withoutK1 = new FieldCipher(KeyRing.of("kit", "k2", java.util.Map.of("k2", TestKeys.key(2, 32)), "b2",
                java.util.Map.of("b2", TestKeys.key(12, 40)), null));
        assertThat(withoutK1.decrypt(column(kitRow, "note_enc"), NOTE.at(kitRow))).isEqualTo("notitie");

        assertThat(job.run()).isEqualTo(new Reencryption.Result(0, 0, 0)); // idempotent
    }

    @Test
    void aValueThatCannotBeDecryptedIsCountedAndLeft() {
        jdbc.sql("DELETE FROM kit.contact").update();
        UUID row = UUID.randomUUID();
        insert(row, "v1.k9.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", null, null, null);
        Reencryption job = new Reencryption(jdbc, new FieldCipher(TestKeys.ring("kit")), null, List.of(NOTE), List.of());
        assertThat(job.run()).isEqualTo(new Reencryption.Result(0, 0, 1));
        assertThat(column(row, "note_enc")).startsWith("v1.k9.");
    }

    private static void insert(UUID id, String note, String name, String nameIndex, byte[] document) {
        jdbc.sql("INSERT INTO kit.contact VALUES (:id, :note, :name, :bi, :doc)").param("id", id).param("note", note)
                .param("name", name).param("bi", nameIndex).param("doc", document).update();
    }

    private static String column(UUID id, String column) {
        return jdbc.sql("SELECT " + column + " FROM kit.contact WHERE id = :id").param("id", id).query(String.class).single();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
