package frl.ienline.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The public online application over HTTP, without an account: steps, save and resume, uploads, throttling. */
@SpringBootTest
@AutoConfigureMockMvc
class OnlineApplicationWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    record Started(MockHttpSession session, String reference, String code) {
    }

    static int clients = 1;

    /** Each draft from its own client: drafts are limited per client (M8). */
    static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return r -> {
            r.setRemoteAddr(address);
            return r;
        };
    }

    Started start() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MvcResult begun = mvc.perform(post("/aanvragen/nieuw").session(session).with(csrf())
                        .with(from("10.20." + (clients / 250) + "." + (clients++ % 250))))
                .andExpect(redirectedUrl("/aanvragen/gestart")).andReturn();
        String reference = (String) begun.getFlashMap().get("reference");
        String code = (String) begun.getFlashMap().get("followUpCode");
        mvc.perform(get("/aanvragen/gestart").session(session).flashAttrs(begun.getFlashMap()))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString(code)));
        return new Started(session, reference, code);
    }

    @Test
    void applyStepByStepPauseResumeAndSubmit() throws Exception {
        Started s = start();
        mvc.perform(post("/aanvragen/stap/bedrijf").session(s.session()).with(csrf())
                .param("kind", "PB").param("municipality", "GM0080").param("name", "Test Club Webstroom")
                .param("street", "Webstraat").param("houseNumber", "3a").param("postcode", "8911ab").param("town",
                "Leeuwarden")
                .param("workrooms", "4").param("adPhone", "06 1234 5600").param("expectedSexWorkers", "5"))
                .andExpect(redirectedUrl("/aanvragen/stap/contact"));
        contactStep(s.session());
        // pause: a fresh browser session resumes with reference and code
        MockHttpSession later = new MockHttpSession();
        mvc.perform(post("/aanvragen/inloggen").session(later).with(csrf())
                .param("reference", s.reference().toLowerCase()).param("code", s.code().replace("-", " ")))
                .andExpect(redirectedUrl("/aanvragen/stap/bedrijf"));
        mvc.perform(get("/aanvragen/stap/bedrijf").session(later)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Test Club Webstroom")))
                .andExpect(content().string(Matchers.containsString("8911 AB")));
        mvc.perform(post("/aanvragen/stap/exploitant").session(later).with(csrf())
                .param("operatorType", "PERSON").param("operatorName", "Web Exploitant").param("operatorBirthDate",
                "1980-05-05"))
                .andExpect(redirectedUrl("/aanvragen/stap/beheerders"));
        mvc.perform(post("/aanvragen/stap/beheerders").session(later).with(csrf())
                .param("managerName[0]", "Web Beheerder").param("managerBirthDate[0]", "1985-06-06")
                .param("managerName[1]", "").param("managerBirthDate[1]", ""))
                .andExpect(redirectedUrl("/aanvragen/stap/documenten"));
        mvc.perform(multipart("/aanvragen/documenten").file(new MockMultipartFile("document", "foto-pand.jpg",
                "image/jpeg",
                UploadInspectorTest.jpegWithExif(UploadInspectorTest.CANARY))).param("kind", "FLOOR_PLAN")
                .session(later).with(csrf())).andExpect(redirectedUrl("/aanvragen/stap/documenten"));
        mvc.perform(get("/aanvragen/stap/controleren").session(later)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Web Beheerder")))
                .andExpect(content().string(Matchers.containsString("foto-pand.jpg")));
        mvc.perform(post("/aanvragen/indienen").session(later).with(csrf())).andExpect(redirectedUrl("/aanvragen/status"));
        mvc.perform(get("/aanvragen/status").session(later)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Ontvangen")));
        // the stored photo has lost its EXIF canary
        byte[] stored = jdbc.sql("""
                SELECT d.content FROM register.application_document d JOIN register.application a ON a.id = d.application_id
                WHERE a.reference = :r""").param("r", s.reference()).query(byte[].class).single();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(UploadInspectorTest.CANARY);
        // submitted: the steps are closed
        mvc.perform(get("/aanvragen/stap/bedrijf").session(later)).andExpect(redirectedUrl("/aanvragen/status"));
    }

    void contactStep(MockHttpSession session) throws Exception {
        mvc.perform(post("/aanvragen/stap/contact").session(session).with(csrf())
                .param("postalStreet", "Postweg").param("postalHouseNumber", "9").param("postalPostcode", "8911ac")
                .param("postalTown", "Leeuwarden").param("email", "web.exploitant@example.nl").param("phone", "058 233 4455"))
                .andExpect(redirectedUrl("/aanvragen/stap/exploitant"));
    }

    @Test
    void contactDetailsAreValidatedPerFieldAndStoredEncrypted() throws Exception {
        Started s = start();
        mvc.perform(post("/aanvragen/stap/contact").session(s.session()).with(csrf())
                .param("postalStreet", "").param("postalHouseNumber", "9").param("postalPostcode", "89")
                .param("postalTown", "Leeuwarden").param("email", "geen-adres").param("phone", "12"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("href=\"#postalStreet\"")))
                .andExpect(content().string(Matchers.containsString("href=\"#postalPostcode\"")))
                .andExpect(content().string(Matchers.containsString("href=\"#email\"")))
                .andExpect(content().string(Matchers.containsString("href=\"#phone\"")))
                .andExpect(content().string(Matchers.containsString("Vul een geldig e-mailadres in")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("href=\"#postalTown\""))));
        assertThat(contactRows(s.reference())).isZero();
        contactStep(s.session());
        assertThat(contactRows(s.reference())).isOne();
        String stored = jdbc.sql("""
                SELECT c.postal_address_enc || c.email_enc || c.phone_enc FROM register.applicant_contact c
                JOIN register.application a ON a.id = c.application_id WHERE a.reference = :r""")
                .param("r", s.reference()).query(String.class).single();
        assertThat(stored).startsWith("v1.").doesNotContain("Postweg").doesNotContain("example.nl")
                .doesNotContain("582334455");
        mvc.perform(get("/aanvragen/stap/contact").session(s.session())).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("web.exploitant@example.nl")))
                .andExpect(content().string(Matchers.containsString("8911 AC")));
    }

    long contactRows(String reference) {
        return jdbc.sql("""
                SELECT count(*) FROM register.applicant_contact c JOIN register.application a ON a.id = c.application_id
                WHERE a.reference = :r""").param("r", reference).query(Long.class).single();
    }

    @Test
    void invalidInputShowsAnErrorSummaryAndSavesNothing() throws Exception {
        Started s = start();
        mvc.perform(post("/aanvragen/stap/bedrijf").session(s.session()).with(csrf())
                .param("kind", "PB").param("municipality", "GM0080").param("name", "")
                .param("postcode", "XXXX").param("adPhone", "12").param("expectedSexWorkers", "-1"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("Controleer deze velden")))
                .andExpect(content().string(Matchers.containsString("href=\"#adPhone\"")))
                .andExpect(content().string(Matchers.containsString("href=\"#postcode\"")));
        String kind = jdbc.sql("SELECT kind FROM register.application WHERE reference = :r").param("r", s.reference())
                .query(String.class).optional().orElse(null);
        assertThat(kind).isNull();
    }

    @Test
    void aFakeUploadIsRefusedByContent() throws Exception {
        Started s = start();
        mvc.perform(multipart("/aanvragen/documenten").file(new MockMultipartFile("document", "plan.pdf",
                "application/pdf",
                "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))).param("kind", "BUSINESS_PLAN")
                .session(s.session()).with(csrf())).andExpect(redirectedUrl("/aanvragen/stap/documenten"))
                .andExpect(result -> assertThat(result.getFlashMap().get("problem").toString()).contains("register.upload.wrongType"));
        long documents = jdbc.sql("""
                SELECT count(*) FROM register.application_document d JOIN register.application a ON a.id = d.application_id
                WHERE a.reference = :r""").param("r", s.reference()).query(Long.class).single();
        assertThat(documents).isZero();
    }

    @Test
    void wrongCodesAreThrottledPerReference() throws Exception {
        Started s = start();
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/aanvragen/inloggen").with(csrf()).with(r -> {
                r.setRemoteAddr("10.1.1." + UUID.randomUUID().hashCode() % 200);
                return r;
            }).param("reference", s.reference()).param("code", "AAAA-BBBB-CCCC-DDDD"))
                    .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("klopt niet")));
        }
        mvc.perform(post("/aanvragen/inloggen").with(csrf()).param("reference", s.reference()).param("code", s.code()))
                .andExpect(status().isTooManyRequests());
    }

    @Test
    void unknownReferenceAndWrongCodeAnswerTheSame() throws Exception {
        Started s = start();
        String wrongCode = mvc.perform(post("/aanvragen/inloggen").with(csrf()).param("reference", s.reference())
                .param("code", "AAAA-BBBB-CCCC-DDDD")).andReturn().getResponse().getContentAsString();
        String unknown = mvc.perform(post("/aanvragen/inloggen").with(csrf()).param("reference", "AV-ZZZZ-ZZZZ")
                .param("code", "AAAA-BBBB-CCCC-DDDD")).andReturn().getResponse().getContentAsString();
        assertThat(strip(wrongCode, s.reference())).isEqualTo(strip(unknown, "AV-ZZZZ-ZZZZ"));
    }

    @Test
    void withoutASessionTheStepsSendYouToTheStart() throws Exception {
        mvc.perform(get("/aanvragen/status")).andExpect(redirectedUrl("/aanvragen"));
        mvc.perform(get("/aanvragen/stap/documenten")).andExpect(redirectedUrl("/aanvragen"));
        mvc.perform(get("/aanvragen")).andExpect(status().isOk());
    }

    private static String strip(String html, String reference) {
        return html.replace(reference, "REF").replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "");
    }

    // ---- M8 / D16 ---------------------------------------------------------------------------------------

    @Test
    void draftsAreLimitedPerClient() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/aanvragen/nieuw").session(new MockHttpSession()).with(csrf()).with(from("10.21.0.1")))
                    .andExpect(redirectedUrl("/aanvragen/gestart"));
        }
        mvc.perform(post("/aanvragen/nieuw").session(new MockHttpSession()).with(csrf()).with(from("10.21.0.1")))
                .andExpect(status().isTooManyRequests())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().exists("Retry-After"));
        mvc.perform(post("/aanvragen/nieuw").session(new MockHttpSession()).with(csrf()).with(from("10.21.0.2")))
                .andExpect(redirectedUrl("/aanvragen/gestart"));
    }

    @Test
    void uploadsAreLimitedPerDraft() throws Exception {
        Started s = start();
        for (int i = 0; i < 20; i++) {
            mvc.perform(upload(s, "10.22.0." + i)).andExpect(redirectedUrl("/aanvragen/stap/documenten"));
        }
        mvc.perform(upload(s, "10.22.1.1")).andExpect(status().isTooManyRequests());
    }

    @Test
    void theApplicantsOwnLooksAreLoggedOncePerSession() throws Exception {
        Started s = start();
        UUID id = jdbc.sql("SELECT id FROM register.application WHERE reference = :r").param("r", s.reference())
                .query(UUID.class).single();
        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/aanvragen/stap/bedrijf").session(s.session())).andExpect(status().isOk());
        }
        assertThat(views(id)).as("the draft's creation is logged; its own steps are not").isZero();
        MockHttpSession later = new MockHttpSession();
        mvc.perform(post("/aanvragen/inloggen").session(later).with(csrf()).with(from("10.23.0.1"))
                .param("reference", s.reference()).param("code", s.code())).andExpect(redirectedUrl("/aanvragen/stap/bedrijf"));
        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/aanvragen/stap/exploitant").session(later)).andExpect(status().isOk());
        }
        assertThat(views(id)).as("a new session is logged once").isEqualTo(1);
    }

    long views(UUID id) {
        return jdbc.sql("SELECT count(*) FROM audit.access_log WHERE object_id = :id AND action = 'VIEW'")
                .param("id", id.toString()).query(Long.class).single();
    }

    org.springframework.test.web.servlet.RequestBuilder upload(Started s, String address) {
        return multipart("/aanvragen/documenten").file(new MockMultipartFile("document", "pand.png", "image/png",
                UploadInspectorTest.pngWithText("x"))).param("kind", "FLOOR_PLAN").session(s.session()).with(csrf())
                .with(from(address));
    }
}
