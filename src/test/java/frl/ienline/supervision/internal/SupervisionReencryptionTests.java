package frl.ienline.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import frl.ienline.platform.crypto.Reencryption;
import frl.ienline.shared.MunicipalityCode;
import frl.ienline.supervision.SupervisionTesting;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Supervision on the key kit, against the database: a dismissal note is stored encrypted; a note stored in plain
 * text before the kit is still read, and the module's re-encryption job encrypts it in place.
 */
class SupervisionReencryptionTests extends SupervisionTesting {

    @Autowired
    Worklist worklist;
    @Autowired
    Reencryption supervisionReencryption;

    String rawNote(UUID lead) {
        return jdbc.sql("SELECT dismissal_note FROM supervision.lead WHERE id = :id").param("id", lead)
                .query(String.class).single();
    }

    @Test
    void aDismissalNoteIsEncryptedAndAPlainOneFromBeforeIsReadAndThenEncryptedByTheJob() {
        MunicipalityCode leeuwarden = MunicipalityCode.of("GM0080");
        UUID lead = as(inspector, () -> worklist.createExternal(LeadSource.TIP, leeuwarden, "Tip over een woning"));
        as(inspector, () -> {
            worklist.dismiss(lead, "SOLO_HOME_WORKER", "Canarynotitie: werkt alleen, thuis");
            return null;
        });
        assertThat(rawNote(lead)).startsWith("v1.").doesNotContain("Canary");
        assertThat(as(inspector, () -> worklist.lead(lead)).lead().dismissalNote())
                .isEqualTo("Canarynotitie: werkt alleen, thuis");

        // a note from before the kit, in plain text
        UUID old = as(inspector, () -> worklist.createExternal(LeadSource.TIP, leeuwarden, "Oude tip"));
        jdbc.sql("""
                UPDATE supervision.lead SET state = 'DISMISSED', dismissal_reason = 'SOLO_HOME_WORKER',
                    dismissal_note = 'Canary van voor de sleutelset' WHERE id = :id""").param("id", old).update();
        assertThat(as(inspector, () -> worklist.lead(old)).lead().dismissalNote())
                .isEqualTo("Canary van voor de sleutelset");
        Reencryption.Result result = supervisionReencryption.run();
        assertThat(result.moved()).isPositive();
        assertThat(rawNote(old)).startsWith("v1.").doesNotContain("Canary");
        assertThat(as(inspector, () -> worklist.lead(old)).lead().dismissalNote())
                .isEqualTo("Canary van voor de sleutelset");
    }
}
