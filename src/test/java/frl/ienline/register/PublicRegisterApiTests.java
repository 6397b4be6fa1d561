package frl.ienline.register;

import static frl.ienline.register.RegisterFixtures.SUDWEST;
import static frl.ienline.register.RegisterFixtures.as;
import static frl.ienline.register.RegisterFixtures.inAssessment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;

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

    @Autowired
    DataSource dataSource;

    /** Each test starts with fresh budgets (the counters live in the shared database). */
    @BeforeEach
    void freshThrottles() {
        JdbcClient.create(dataSource).sql("DELETE FROM public.throttle_counter").update();
    }

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

    /** The phone check: a POST with the number in a JSON body (M14), never in the URL. */
    static MockHttpServletRequestBuilder phoneCheck(String licence, String phone) {
        return post("/api/v1/vergunningen/{n}/advertentienummer", licence).contentType(MediaType.APPLICATION_JSON)
                .content("{\"telefoon\": \"" + phone + "\"}");
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
            mvc.perform(phoneCheck(valid, notation).with(c))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.komtOvereen").value(true));
        }
        String body = mvc.perform(phoneCheck(valid, "0611111111")
                .with(c)).andExpect(jsonPath("$.komtOvereen").value(false)).andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("8765").doesNotContain("1111");
        mvc.perform(phoneCheck("FRL-1900-PB-9999", PHONE).with(c))
                .andExpect(jsonPath("$.komtOvereen").value(false));
        mvc.perform(phoneCheck(valid, "geen nummer").with(c))
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
            bodies.add(mvc.perform(phoneCheck(n, PHONE).with(c))
                    .andReturn().getResponse().getContentAsString());
        }
        bodies.add(mvc.perform(get("/vergunningen").with(c)).andReturn().getResponse().getContentAsString());
        bodies.add(mvc.perform(post("/vergunningen").with(csrf()).param("nummer", valid).param("telefoon", PHONE).with(c))
                .andReturn().getResponse().getContentAsString());
        bodies.add(mvc.perform(get("/api/v1/openapi.json").with(c)).andReturn().getResponse().getContentAsString());
        assertThat(String.join("\n", bodies)).contains(valid, "Test Club Openbaar")
                .doesNotContain("Quirina", "Geheimnaam", "Ruben", "Verborgenhuis", OPERATOR_BIRTH, MANAGER_BIRTH,
                        "17-3-1961", "23-11-1979", "+31687654321", "687654321", "6 87654321");
    }

    @Test
    void thePublicPageShowsTheVerdict() throws Exception {
        var c = client();
        mvc.perform(post("/vergunningen").with(csrf()).param("nummer", valid).param("telefoon", "0611111111").with(c))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Geldig")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("NIET het geregistreerde")))
                // a phone number that does not match is a warning, never a green "valid" box (issue 17)
                .andExpect(content().string(org.hamcrest.Matchers.containsString("notice notice--warning")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("notice--ok"))));
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
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().string("Retry-After",
                        org.hamcrest.Matchers.matchesPattern("[1-9][0-9]?|1[01][0-9]|120")));
        mvc.perform(get("/api/v1/vergunningen/{n}", valid).with(from("10.9.9.10"))).andExpect(status().isOk());
    }

    // ---- M14 / D5 --------------------------------------------------------------------------------------

    @Test
    void thePhoneCheckIsLimitedPerPhoneAndPerLicenceAndEveryLookUpIsLoggedWithoutTheNumber() throws Exception {
        String phone = "0612000099";
        long logged = phoneLookUps();
        List<String> licencesToTry = List.of(valid, suspended, revoked, escort);
        for (int i = 0; i < 3; i++) {
            mvc.perform(phoneCheck(licencesToTry.get(i), phone).with(from("10.7.0." + i))).andExpect(status().isOk());
        }
        mvc.perform(phoneCheck(escort, phone).with(from("10.7.1.1"))).andExpect(status().isTooManyRequests())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().exists("Retry-After"));
        mvc.perform(phoneCheck(valid, "+31 6 1200 0099").with(from("10.7.1.2"))) // the same pair again costs nothing
                .andExpect(status().isOk());
        for (int i = 0; i < 20; i++) { // one licence against many phones: at most 20 different phones a day
            mvc.perform(phoneCheck(escort, "06130000" + String.format("%02d", i)).with(from("10.7.2." + i)))
                    .andExpect(status().isOk());
        }
        mvc.perform(phoneCheck(escort, "0613000099").with(from("10.7.3.1"))).andExpect(status().isTooManyRequests());

        assertThat(phoneLookUps() - logged).as("every look-up, allowed or refused, is in the access log").isEqualTo(26);
        assertThat(JdbcClient.create(dataSource).sql("""
                SELECT count(*) FROM audit.access_log WHERE object_type = 'licence-ad-phone'
                  AND (coalesce(subject_pseudonym, '') LIKE '%1200%' OR coalesce(subject_pseudonym, '') LIKE '%612000099%')""")
                .query(Long.class).single()).as("never the phone number itself").isZero();
    }

    @Test
    void thePhoneNumberNoLongerTravelsInAQueryStringAndTheApiDocumentsTheLimits() throws Exception {
        mvc.perform(get("/api/v1/vergunningen/{n}/advertentienummer", valid).param("telefoon", PHONE).with(client()))
                .andExpect(status().isMethodNotAllowed());
        String api = mvc.perform(get("/api/v1/openapi.json").with(client())).andReturn().getResponse().getContentAsString();
        String check = api.substring(api.indexOf("\"/vergunningen/{nummer}/advertentienummer\""));
        assertThat(check).contains("\"post\"", "\"400\"", "\"429\"", "Retry-After", "telefoon");
    }

    long phoneLookUps() {
        return JdbcClient.create(dataSource).sql("SELECT count(*) FROM audit.access_log WHERE object_type = 'licence-ad-phone'")
                .query(Long.class).single();
    }
}
