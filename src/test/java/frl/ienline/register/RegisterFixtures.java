package frl.ienline.register;

import frl.ienline.TestActors;
import frl.ienline.register.internal.AdPhoneNumber;
import frl.ienline.register.internal.Address;
import frl.ienline.register.internal.Business;
import frl.ienline.register.internal.KvkNumber;
import frl.ienline.register.internal.LicenceApplications;
import frl.ienline.register.internal.LicenceKind;
import frl.ienline.register.internal.Operator;
import frl.ienline.register.internal.Person;
import frl.ienline.shared.Actor;
import frl.ienline.shared.MunicipalityCode;
import frl.ienline.shared.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** Made-up businesses and people, and officers of two municipalities, for the register's integration tests. */
public final class RegisterFixtures {

    public static final Actor LEEUWARDEN = TestActors.actor("GM0080", Role.LICENSING_OFFICER, "GM0080");
    public static final Actor SUDWEST = TestActors.actor("GM1900", Role.LICENSING_OFFICER, "GM1900");
    private static final AtomicInteger PHONES = new AtomicInteger(100);

    private RegisterFixtures() {
    }

    public static Business club(String municipality, String name) {
        return new Business(LicenceKind.PB, MunicipalityCode.of(municipality), name,
                new Address("Teststraat", "5", "8911 AB", "Leeuwarden"), nextPhone(), 3, 4);
    }

    public static Business escort(String municipality, String name) {
        return new Business(LicenceKind.EB, MunicipalityCode.of(municipality), name, null, nextPhone(), null, 2);
    }

    public static AdPhoneNumber nextPhone() {
        return AdPhoneNumber.of(String.format("0613%06d", PHONES.incrementAndGet()));
    }

    /** Made-up contact details (the domain example.nl never receives mail). */
    public static frl.ienline.register.internal.ContactDetails contact(String email) {
        return new frl.ienline.register.internal.ContactDetails(new Address("Postweg", "9", "8911 AC", "Leeuwarden"),
                email, AdPhoneNumber.of("058 233 4455"));
    }

    public static Operator person(String name, String birthDate) {
        return Operator.person(new Person(name, LocalDate.parse(birthDate)), null);
    }

    public static Operator company(String name, String kvk) {
        return Operator.company(name, KvkNumber.of(kvk));
    }

    public static List<Person> managers(String name, String birthDate) {
        return List.of(new Person(name, LocalDate.parse(birthDate)));
    }

    public static <T> T as(Actor actor, Supplier<T> body) {
        AtomicReference<T> result = new AtomicReference<>();
        TestActors.runAs(actor, () -> result.set(body.get()));
        return result.get();
    }

    /** A paper application received today and in assessment, by an officer of its municipality. */
    public static UUID inAssessment(LicenceApplications applications, Actor officer, Business business,
            Operator operator,
            List<Person> managers) {
        return inAssessment(applications, officer, business, operator, managers, LocalDate.now());
    }

    /** The same, received on {@code receivedOn}. */
    public static UUID inAssessment(LicenceApplications applications, Actor officer, Business business,
            Operator operator,
            List<Person> managers, LocalDate receivedOn) {
        return as(officer, () -> {
            UUID id = applications.registerPaper(business, operator, managers, receivedOn);
            applications.startAssessment(id);
            return id;
        });
    }
}
