package frl.ienline.supervision;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import frl.ienline.BrowserTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The supervision journey in a real browser with zero axe violations on every supervision page: an ad is
 * imported through ad intelligence's upload page and becomes a lead → a case → a control planned with two
 * team members → a report with trafficking indicators → a signal registered in one step → a warning letter
 * PDF in Romanian → the same phone shows up in an ad in another municipality → a displacement alert.
 */
@TestPropertySource(properties = "ienline.demo.enabled=true")
class SupervisionJourneyBrowserTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    private void signIn(String username) {
        context.clearCookies();
        open("/login");
        page.getByLabel("Gebruikersnaam").fill(username);
        page.getByLabel("Wachtwoord").fill("demo-ienline");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen").setExact(true)).click();
        page.waitForLoadState();
        assertThat(page.url()).contains("/app");
    }

    private void visit(String path) {
        open(path);
        checked();
    }

    /** The current page has one h1, no axe violations and loaded nothing from elsewhere. */
    private void checked() {
        assertThat(page.locator("h1")).hasCount(1);
        assertAccessible();
        assertThat(foreignRequests()).isEmpty();
    }

    private void submit(String buttonName) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(buttonName).setExact(true)).click();
        page.waitForLoadState();
        checked();
    }

    private void upload(String... lines) throws IOException {
        Path file = Files.createTempFile("ienline-ads-", ".jsonl");
        Files.writeString(file, String.join("\n", lines));
        file.toFile().deleteOnExit();
        open("/app/advertenties/import");
        page.getByLabel("Bestand (.jsonl)").setInputFiles(file);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importeren").setExact(true)).click();
        page.waitForLoadState();
        assertThat(page.locator("#import-result")).isVisible();
    }

    private static String ad(String id, String location, String phone, String body) {
        return "{\"source\":\"kinky.nl\",\"sourceAdId\":\"" + id + "\",\"capturedAt\":\"" + Instant.now()
                + "\",\"title\":\"Nieuw in " + location + "\",\"body\":\"" + body + "\",\"location\":\"" + location
                + "\",\"phones\":[\"" + phone + "\"],\"images\":[]}";
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void fromAnImportedAdToALetterASignalAndADisplacementAlert() throws IOException {
        signIn("demo.coordinator");
        visit("/app/toezicht/belasting");
        signIn("demo.toezicht");

        // ---- an ad without a licence number in Leeuwarden is imported and becomes a lead
        upload(ad("journey-1", "Leeuwarden", "06-55501234", "Hoi, ik ben Ioana, nieuw in Leeuwarden, 24/7"));
        UUID lead = SupervisionTesting.awaitLead(jdbc, "journey-1");
        visit("/app/toezicht");
        assertThat(page.locator("#mandate")).containsText("Leeuwarden");
        visit("/app/toezicht/leads/" + lead);
        assertThat(page.getByText("Geen vergunningnummer in de advertentie")).isVisible();

        // ---- triage: open a case
        submit("Zaak openen");
        String reference = page.locator("#case-reference").innerText().strip();
        assertThat(reference).startsWith("TZ-");
        String caseUrl = page.url();

        // ---- a person met, pseudonymous, Romanian
        page.locator("#workingName").fill("Ioana");
        page.locator("#ageBand").selectOption("FROM_21_TO_25");
        page.locator("#nationality").fill("RO");
        page.locator("#language").selectOption("ro");
        page.locator("#phone").fill("06-55501234");
        submit("Persoon toevoegen");
        assertThat(page.locator("#case-persons")).containsText("Ioana");

        // ---- a decoy appointment with two team members
        page.locator("#kind").selectOption("DECOY_APPOINTMENT");
        page.locator("#date").fill(LocalDate.now().plusDays(1).toString());
        page.locator("#time").fill("21:00");
        page.locator("#location").fill("Hotel bij het station");
        page.locator("#locationType").selectOption("HOTEL");
        page.getByLabel("Tjitte Toezicht (demo)").check();
        page.getByLabel("Klaske Coördinator (demo)").check();
        submit("Controle plannen");
        assertThat(page.locator("#control-state")).hasText("Gepland");
        assertThat(page.locator("#control-members")).containsText("demo.toezicht");

        // ---- the report with trafficking indicators
        page.getByLabel("Wordt gebracht of gehaald").check();
        page.getByLabel("Geen toegang tot eigen identiteitsbewijs").check();
        page.locator("#observations").fill("Een man wachtte buiten in de auto.");
        page.locator("input[name=idSeen][value=NO]").check(); // no defaults (issue 17): every answer is chosen
        page.locator("input[name=age21Plus][value=UNKNOWN]").check();
        page.locator("#outcome").selectOption("WARNING");
        submit("Verslag afronden");
        assertThat(page.locator("#control-state")).hasText("Verslag afgerond");
        assertThat(page.locator("#report-indicators")).containsText("Wordt gebracht of gehaald");

        // ---- the signal, in one step
        submit("Signaal registreren");
        assertThat(page.locator("#signal-notice")).containsText("SIG-");
        assertThat(page.locator("#handoff")).containsText("SIG-");

        // ---- the warning, and its letter in Romanian
        page.navigate(caseUrl);
        checked();
        assertThat(page.locator("#proposals")).containsText("Waarschuwing");
        page.locator("#subject").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
        page.locator("#step").selectOption("WARNING"); // the proposal is shown, never assumed (issue 17)
        submit("Stap zetten");
        Download letter = page.waitForDownload(() -> page.locator(".letter-link").first().click());
        assertThat(letter.suggestedFilename()).isEqualTo("brief-" + reference + "-WARNING.pdf");
        assertThat(pdfText(letter.path())).contains("Avertisment", "Ioana", "încălcarea", reference,
                "Authentieke tekst (Nederlands)", "Waarschuwing");

        // ---- the same phone turns up in Drachten (Smallingerland): a displacement alert
        upload(ad("journey-2", "Drachten", "0655501234", "Nieuw in Drachten! Ioana"));
        UUID second = SupervisionTesting.awaitLead(jdbc, "journey-2");
        SupervisionTesting.await(() -> jdbc.sql("SELECT id FROM supervision.displacement_alert WHERE to_lead_id = :l LIMIT 1")
                .param("l", second).query(UUID.class).optional());
        visit("/app/toezicht/verplaatsingen");
        assertThat(page.locator("#alerts")).containsText(reference);
        assertThat(page.locator("#alerts")).containsText("Smallingerland");
        visit("/app/toezicht/leads/" + second);
        assertThat(page.locator(".displacement-alert").first()).containsText(reference);

        // ---- the overview pages, also in English
        visit("/app/toezicht/handhaving");
        visit("/app/toezicht/zaken");
        visit("/app/toezicht/leads/nieuw");
        visit("/app/toezicht?lang=en");
        assertThat(page.locator("h1")).hasText("Supervision worklist");
    }

    @Test
    void theEnforcementOfficerOfAMunicipalityOutsideTheTeamUsesTheSameLadder() throws IOException {
        signIn("demo.handhaving"); // Achtkarspelen, outside the regional team
        visit("/app/toezicht/zaken");
        page.locator("#new-case-municipality").selectOption("GM0059");
        page.locator("#new-case-title").fill("Woning Buitenpost");
        submit("Zaak openen");
        assertThat(page.locator("#case-reference")).containsText("TZ-");
        assertThat(page.locator("#plan-form")).hasCount(0); // controls are the team's
        page.locator("#workingName").fill("Mira");
        page.locator("#ageBand").selectOption("FROM_21_TO_25");
        page.locator("#nationality").fill("BG");
        page.locator("#language").selectOption("bg");
        submit("Persoon toevoegen");
        // the ladder's proposal, and a deviation needs a reason from the rulebook's list
        assertThat(page.locator("#proposals")).containsText("Waarschuwing");
        page.locator("#subject").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
        page.locator("#step").selectOption("INTENT");
        submit("Stap zetten");
        assertThat(page.locator("#fouten")).isVisible();
        page.locator("#subject").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
        page.locator("#step").selectOption("INTENT");
        page.locator("#deviationReason").selectOption("SERIOUS_ABUSE");
        submit("Stap zetten");
        assertThat(page.locator("#case-actions")).containsText("Ernstige misstand");
        Download letter = page.waitForDownload(() -> page.locator(".letter-link").first().click());
        assertThat(pdfText(letter.path())).contains("Mira");
        visit("/app/toezicht/handhaving");
        assertThat(page.locator("#deviations")).containsText("Achtkarspelen");
        visit("/app/toezicht/meldingen");
        // the team's worklist is not theirs
        assertThat(page.navigate(url("/app/toezicht")).status()).isEqualTo(403);
    }

    @Test
    void aLicensingOfficerSeesInspectionsAndNotificationsButNotTheWorklist() {
        signIn("demo.vergunningen");
        visit("/app/toezicht/vergunde-bedrijven");
        visit("/app/toezicht/meldingen");
        visit("/app/register/voorstellen");
        assertThat(page.navigate(url("/app/toezicht")).status()).isEqualTo(403);
        assertThat(page.locator("#leads")).hasCount(0);
    }
}
