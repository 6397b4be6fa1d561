package frl.ienline.register.internal;

import frl.ienline.register.internal.LicensingRules.KindTerms;
import frl.ienline.shared.MunicipalityCode;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Made-up applicants and terms for the register's unit tests. */
final class Fixtures {

    static final KindTerms PB_TERMS = new KindTerms(LicenceKind.PB, 56, 56, Period.ofYears(3), 84, 21, 21,
            List.of("De beheerder is aanwezig."), "test-1");
    static final SecureRandom RANDOM = new SecureRandom();

    private Fixtures() {
    }

    static Stamp on(LocalDate day) {
        return new Stamp("officer-a", day.atTime(10, 0).toInstant(ZoneOffset.UTC), day);
    }

    static Stamp on(String isoDate) {
        return on(LocalDate.parse(isoDate));
    }

    static Business club(String municipality) {
        return new Business(LicenceKind.PB, MunicipalityCode.of(municipality), "Demo Club Noorderlicht",
                new Address("Voorbeeldstraat", "12", "8911AB", "Leeuwarden"), AdPhoneNumber.of("06-12345678"), 4, 6);
    }

    static Operator operator() {
        return Operator.person(new Person("Jan de Voorbeeld", LocalDate.parse("1980-05-01")), null);
    }

    static List<Person> managers() {
        return List.of(new Person("Anna Testbeheerder", LocalDate.parse("1990-02-03")));
    }

    /** A paper application received on {@code receivedOn}. */
    static LicenceApplication received(String receivedOn) {
        return LicenceApplication.registerPaper(UUID.randomUUID(), ApplicationReference.random(RANDOM), club("GM0080"),
                operator(), managers(), LocalDate.parse(receivedOn), PB_TERMS, on(receivedOn));
    }

    static LicenceApplication inAssessment(String receivedOn) {
        LicenceApplication application = received(receivedOn);
        application.startAssessment(on(receivedOn));
        return application;
    }

    static Instant instant(String isoDate) {
        return LocalDate.parse(isoDate).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
