package frl.ienline.register.internal;

import static org.assertj.core.api.Assertions.assertThat;

import frl.ienline.shared.MunicipalityCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/** A grant that rolls back gives its number back: numbers stay gapless. */
@SpringBootTest
class LicenceNumbersTests {

    @Autowired
    LicenceNumbers numbers;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aRolledBackNumberIsHandedOutAgainAndTheFormatIsTheRulebooks() {
        MunicipalityCode vlieland = MunicipalityCode.of("GM0096");
        String first = transactions.execute(status -> numbers.next(vlieland, LicenceKind.OE));
        assertThat(first).isEqualTo("FRL-0096-OE-0001");
        String rolledBack = transactions.execute(status -> {
            String n = numbers.next(vlieland, LicenceKind.OE);
            status.setRollbackOnly();
            return n;
        });
        assertThat(rolledBack).isEqualTo("FRL-0096-OE-0002");
        String next = transactions.execute(status -> numbers.next(vlieland, LicenceKind.OE));
        assertThat(next).isEqualTo("FRL-0096-OE-0002");
        String otherKind = transactions.execute(status -> numbers.next(vlieland, LicenceKind.PB));
        assertThat(otherKind).isEqualTo("FRL-0096-PB-0001");
    }
}
