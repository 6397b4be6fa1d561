package frl.ienline.register;

import static frl.ienline.register.RegisterFixtures.SUDWEST;
import static frl.ienline.register.RegisterFixtures.as;
import static frl.ienline.register.RegisterFixtures.inAssessment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frl.ienline.TestActors;
import frl.ienline.register.internal.AdPhoneNumber;
import frl.ienline.register.internal.Business;
import frl.ienline.register.internal.LicenceAdministration;
import frl.ienline.register.internal.LicenceApplications;
import frl.ienline.register.internal.LicenceKind;
import frl.ienline.register.internal.Operator;
import frl.ienline.register.internal.Outcome;
import frl.ienline.register.internal.Person;
import frl.ienline.shared.MunicipalityCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The public register and verification API: statuses in Dutch, the ad phone check (yes/no only), no
 * personal data of operators or managers in any public answer, problem+json on bad input, 429 when busy.
 */
@SpringBootTest(properties = "ienline.register.verification.requests-per-minute=25")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicRegisterApiTests {

    static final String OPERATOR = "Quirina Geheimnaam";
    static final String OPERATOR_BIRTH = "1961-03-17";
    static final String MANAGER = "Ruben Verborgenhuis";
    static final String MANAGER_BIRTH = "1979-11-23";
    static final String PHONE = "0687654321";

    @Autowired
    MockMvc mvc;

    @Autowired
    LicenceApplications applications;

    @Autowired
    LicenceAdministration licences;

    String valid;
    String suspended;
    String revoked;
    String escort;
    int client = 1;

    @BeforeAll
    void licences() {
        valid = grant(new Business(LicenceKind.PB, MunicipalityCode.of("GM1900"), "Test Club Openbaar",
                new frl.ienline.register.internal.Address("Openbareweg", "1", "8601 AB", "Sneek"),
                AdPhoneNumber.of(PHONE),
                5, 8));
        escort = grant(new Business(LicenceKind.EB, MunicipalityCode.of("GM1900"), "Test Escort Openbaar", null,
                AdPhoneNumber.of("0687654322"), null, 3));
        suspended = grant(new Business(LicenceKind.EB, MunicipalityCode.of("GM1900"), "Test Escort Geschorst", null,
                AdPhoneNumber.of("0687654323"), null, 3));
        revoked = grant(new Business(LicenceKind.EB, MunicipalityCode.of("GM1900"), "Test Escort Ingetrokken", null,
                AdPhoneNumber.of("0687654324"), null, 3));
        TestActors.runAs(SUDWEST, () -> {
            licences.suspend(licenceId(suspended), LocalDate.now().plusDays(20), "Overtreding");
            licences.revoke(licenceId(revoked), "Uitbuiting");
        });
    }

    String grant(Business business) {
        UUID id = inAssessment(applications, SUDWEST, business, Operator.person(new Person(OPERATOR,
                LocalDate.parse(OPERATOR_BIRTH)), null), List.of(new Person(MANAGER, LocalDate.parse(MANAGER_BIRTH))));
        return as(SUDWEST, () -> applications.decide(id, Outcome.GRANTED, List.of(), "Voldoet")).orElseThrow();
    }

    UUID licenceId(String number) {
        return as(SUDWEST, () -> licences.regional("GM1900")).stream().filter(f -> f.licence().number().equals(number))
                .findFirst().orElseThrow().licence().id();
    }

    /** Each test its own client address, so the rate limit of one does not spill into another. */
    RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    RequestPostProcessor client() {
        return from("10.0.0." + (client++));
    }

    @Test
    void statusOfEachKindOfLicenceInDutch() throws Exception {
        var c = client();
        mvc.perform(get("/api/v1/vergunningen/{n}", valid).with(c)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("geldig")).andExpect(jsonPath("$.gemeente").value("Súdwest-Fryslân"))
                .andExpect(jsonPath("$.handelsnaam").value("Test Club Openbaar"));
        mvc.perform(get("/api/v1/vergunningen/{n}",
                suspended).with(c)).andExpect(jsonPath("$.status").value("geschorst"))
                .andExpect(jsonPath("$.geschorstTot").value(LocalDate.now().plusDays(20).toString()));
        mvc.perform(get("/api/v1/vergunningen/{n}",
                revoked).with(c)).andExpect(jsonPath("$.status").value("ingetrokken"));
        mvc.perform(get("/api/v1/vergunningen/FRL-1900-PB-9999").with(c)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("onbekend"));
        mvc.perform(get("/api/v1/vergunningen/{n}",
                valid.toLowerCase()).with(c)).andExpect(jsonPath("$.status").value("geldig"));
    }

    @Test
    void theAdPhoneCheckSaysYesOrNoAndNeverTheNumber() throws Exception {
        var c = client();
        for (String notation : List.of(PHONE, "06-87654321", "+31 6 8765 4321", "0031687654321")) {
            mvc.perform(get("/api/v1/vergunningen/{n}/advertentienummer", valid).param("telefoon", notation).with(c))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.komtOvereen").value(true));
        }
        String body = mvc.perform(get("/api/v1/vergunningen/{n}/advertentienummer", valid).param("telefoon",
                "0611111111")
                .with(c)).andExpect(jsonPath("$.komtOvereen").value(false)).andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("8765").doesNotContain("1111");
        mvc.perform(get("/api/v1/vergunningen/FRL-1900-PB-9999/advertentienummer").param("telefoon", PHONE).with(c))
                .andExpect(jsonPath("$.komtOvereen").value(false));
        mvc.perform(get("/api/v1/vergunningen/{n}/advertentienummer", valid).param("telefoon", "geen nummer").with(c))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aMalformedNumberIsABadRequestAsProblemJson() throws Exception {
        mvc.perform(get("/api/v1/vergunningen/DROP TABLE").with(client())).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].where").value("nummer"));
    }

    @Test
    void theListHoldsLicencesInForceWithAddressesOnlyForPremises() throws Exception {
        mvc.perform(get("/api/v1/vergunningen").param("gemeente", "GM1900").with(client())).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.nummer == '" + valid + "')].adres").value("Openbareweg 1, 8601 AB Sneek"))
                .andExpect(jsonPath("$[?(@.nummer == '" + escort + "')].adres").value(org.hamcrest.Matchers.contains(
                        org.hamcrest.Matchers.nullValue())))
                .andExpect(jsonPath("$[?(@.nummer == '" + suspended + "')].status").value("geschorst"))
                .andExpect(jsonPath("$[?(@.nummer == '" + revoked + "')]").isEmpty());
    }

    @Test
    void noPublicAnswerContainsPersonalDataOrTheAdNumber() throws Exception {
        var c = client();
        List<String> bodies = new ArrayList<>();
        bodies.add(mvc.perform(get("/api/v1/vergunningen").with(c)).andReturn().getResponse().getContentAsString());
        for (String n : List.of(valid, suspended, revoked, escort)) {
            bodies.add(mvc.perform(get("/api/v1/vergunningen/{n}",
                    n).with(c)).andReturn().getResponse().getContentAsString());
            bodies.add(mvc.perform(get("/api/v1/vergunningen/{n}/advertentienummer", n).param("telefoon",
                    PHONE).with(c))
                    .andReturn().getResponse().getContentAsString());
        }
        bodies.add(mvc.perform(get("/vergunningen").with(c)).andReturn().getResponse().getContentAsString());
        bodies.add(mvc.perform(get("/vergunningen").param("nummer", valid).param("telefoon", PHONE).with(c))
                .andReturn().getResponse().getContentAsString());
        bodies.add(mvc.perform(get("/api/v1/openapi.json").with(c)).andReturn().getResponse().getContentAsString());
        assertThat(String.join("\n", bodies)).contains(valid, "Test Club Openbaar")
                .doesNotContain("Quirina", "Geheimnaam", "Ruben", "Verborgenhuis", OPERATOR_BIRTH, MANAGER_BIRTH,
                        "17-3-1961", "23-11-1979", "+31687654321", "687654321", "6 87654321");
    }

    @Test
    void thePublicPageShowsTheVerdict() throws Exception {
        var c = client();
        mvc.perform(get("/vergunningen").param("nummer", valid).param("telefoon", "0611111111").with(c))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Geldig")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("NIET het geregistreerde")));
        mvc.perform(get("/vergunningen").param("nummer", "ABC").with(c))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("geen geldig vergunningnummer")));
    }

    @Test
    void tooManyRequestsFromOneClientAre429ProblemJson() throws Exception {
        var c = from("10.9.9.9");
        for (int i = 0; i < 25; i++) {
            mvc.perform(get("/api/v1/vergunningen/{n}", valid).with(c)).andExpect(status().isOk());
        }
        mvc.perform(get("/api/v1/vergunningen/{n}", valid).with(c)).andExpect(status().isTooManyRequests())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().string("Retry-After", "60"));
        mvc.perform(get("/api/v1/vergunningen/{n}", valid).with(from("10.9.9.10"))).andExpect(status().isOk());
    }
}
