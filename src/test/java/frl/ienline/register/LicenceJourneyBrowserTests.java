package frl.ienline.register;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import frl.ienline.BrowserTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole licence journey in a real browser, with zero axe violations on every page: an applicant applies
 * online, an officer asks for a missing document, the applicant adds it with the follow-up code, the officer
 * requests Bibob advice, records it, grants with conditions and downloads the PDFs, and the public register
 * shows the licence as valid.
 */
@TestPropertySource(properties = "ienline.demo.enabled=true")
class LicenceJourneyBrowserTests extends BrowserTest {

    @Autowired
    List<ApplicationRunner> startupRunners;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    frl.ienline.register.internal.DecisionParaaf paraaf;

    /** Signs in with the real login as the demo licensing officer of Leeuwarden (identity's demo account). */
    private void signInAsOfficer() {
        context.clearCookies();
        visit("/login");
        page.getByLabel("Gebruikersnaam").fill("demo.vergunningen");
        page.getByLabel("Wachtwoord").fill("demo-ienline");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen").setExact(true)).click();
        page.waitForLoadState();
        assertThat(page.url()).contains("/app");
    }

    @Test
    void demoDataIsThereOnceAndVisibleInThePublicRegister() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM register.application WHERE reference LIKE 'AV-DEMA-%'")
                .query(Long.class).single();
        assertThat(before).isEqualTo(8);
        ApplicationArguments none = new DefaultApplicationArguments();
        for (ApplicationRunner runner : startupRunners) {
            runner.run(none);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM register.application WHERE reference LIKE 'AV-DEMA-%'")
                .query(Long.class).single()).isEqualTo(before);
        visit("/vergunningen");
        assertThat(page.getByText("Demo Club Noorderlicht")).isVisible();
        assertThat(page.getByText("Demo Salon Zuidwest")).hasCount(0);
        signInAsOfficer();
        visit("/app/register");
        assertThat(page.getByText("Demo Club Blauwe Zee")).isVisible();
        assertThat(page.locator(".overdue").first()).isVisible();
        visit("/app/register/aanvragen");
        visit("/app/register/vergunningen");
        page.getByText("Demo Club Noorderlicht").locator("xpath=ancestor::tr").locator("a").first().click();
        checked();
        visit("/app/register/aanvragen/nieuw");
        visit("/vergunningen?lang=en");
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

    @Test
    void applyAskCompleteBibobGrantDownloadAndVerify() throws IOException {
        // ---- the applicant applies online, without an account
        visit("/aanvragen");
        submit("Aanvraag beginnen");
        String reference = page.locator("#reference-value").innerText().strip();
        String code = page.locator("#code-value").innerText().strip();
        assertThat(reference).matches("AV-[A-Z2-9]{4}-[A-Z2-9]{4}");
        page.getByText("Verder naar stap 1").click();
        checked();
        page.getByLabel("Soort bedrijf").selectOption("PB");
        page.getByLabel("Gemeente").selectOption("GM0080");
        page.getByLabel("Handelsnaam").fill("Test Club Reis");
        page.locator("#street").fill("Reisweg");
        page.locator("#houseNumber").fill("21");
        page.locator("#postcode").fill("8911 AB");
        page.locator("#town").fill("Leeuwarden");
        page.locator("#workrooms").fill("3");
        page.getByLabel("Telefoonnummer in advertenties").fill("06 4444 5555");
        page.getByLabel("Verwacht aantal sekswerkers").fill("4");
        submit("Opslaan en verder");
        page.locator("#postalStreet").fill("Reisweg");
        page.locator("#postalHouseNumber").fill("21");
        page.locator("#postalPostcode").fill("8911 AB");
        page.locator("#postalTown").fill("Leeuwarden");
        page.locator("#email").fill("rianne.reiziger@example.nl");
        page.locator("#phone").fill("058 233 4455");
        submit("Opslaan en verder");
        page.getByLabel("Naam van de exploitant").fill("Rianne Reiziger");
        page.locator("#operatorBirthDate").fill("1979-04-04");
        submit("Opslaan en verder");
        page.locator("#managerName0").fill("Sietse Reiziger");
        page.locator("#managerBirthDate0").fill("1984-05-05");
        submit("Opslaan en verder");
        page.getByLabel("Soort document").selectOption("BUSINESS_PLAN");
        page.getByLabel("Bestand").setInputFiles(pdfFile("Bedrijfsplan Test Club Reis"));
        submit("Document toevoegen");
        assertThat(page.getByText("Het document is toegevoegd.")).isVisible();
        page.getByText("Verder", new Page.GetByTextOptions().setExact(true)).click();
        checked();
        submit("Aanvraag indienen");
        assertThat(page.locator("#application-state")).hasText("Ontvangen");

        // ---- an officer of Leeuwarden asks for the missing floor plan
        signInAsOfficer();
        // demo mode: the receipt mail is in the built-in outbox, recipient masked, only a link in the body
        visit("/app/uitgaande-post");
        var receiptMail = page.locator("article.mail").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Nieuw bericht over uw aanvraag " + reference));
        assertThat(receiptMail).hasCount(1);
        assertThat(receiptMail.locator(".mail-to")).hasText("r•••@example.nl");
        assertThat(receiptMail.locator(".mail-state")).hasText("In de demopostbus (geen mailserver)");
        assertThat(receiptMail.locator(".mail-body")).containsText("/aanvragen/berichten/");
        assertThat(page.content()).doesNotContain("rianne.reiziger");
        visit("/app/register");
        page.getByText(reference).click();
        checked();
        page.getByLabel("Wat ontbreekt er?").fill("De plattegrond van het pand ontbreekt.");
        submit("Aanvulling vragen");
        assertThat(page.locator("#file-state")).hasText("Aanvulling gevraagd");
        String fileUrl = page.url();

        // ---- the applicant adds it with the follow-up code
        context.clearCookies();
        visit("/aanvragen");
        page.getByLabel("Kenmerk").fill(reference);
        page.getByLabel("Vervolgcode").fill(code);
        submit("Verder");
        assertThat(page.getByText("De plattegrond van het pand ontbreekt.")).isVisible();
        page.getByLabel("Uw antwoord").fill("Hierbij de plattegrond.");
        page.locator("select[name=kind]").first().selectOption("FLOOR_PLAN");
        page.locator("input[type=file]").first().setInputFiles(pdfFile("Plattegrond Test Club Reis"));
        submit("Aanvulling versturen");
        assertThat(page.locator("#application-state")).hasText("In beoordeling");

        // ---- the officer requests Bibob advice, records it and grants with conditions
        signInAsOfficer();
        page.navigate(fileUrl);
        checked();
        assertThat(page.locator("#file-state")).hasText("In beoordeling");
        assertThat(page.getByText("Plattegrond", new Page.GetByTextOptions().setExact(false)).first()).isVisible();
        submit("Bibob-advies vragen");
        assertThat(page.locator("#file-state")).hasText("Bibob-advies gevraagd");
        page.getByLabel("Mindere mate van gevaar: alleen verlenen met voorschriften").check();
        page.getByLabel("Samenvatting van het advies").fill("Mindere mate van gevaar: herkomst van een lening onduidelijk.");
        submit("Bibob-advies vastleggen");
        assertThat(page.locator("#file-state")).hasText("In beoordeling");
        page.getByLabel("Verleend met voorschriften").check();
        page.locator("#conditions").fill(page.locator("#conditions").inputValue()
                + "\nDe exploitant legt elk kwartaal financiële verantwoording af.");
        page.locator("#decision-reason").fill("Voldoet aan het beleidskader; het Bibob-risico wordt met een voorschrift ondervangen.");
        submit("Besluiten");
        // four eyes (issue 17): a page that says what will happen; confirmed, the decision waits for a paraaf
        assertThat(page.locator("#confirm-what-happens")).containsText("tweede ambtenaar");
        submit("Bevestigen en ter paraaf voorleggen");
        assertThat(page.locator("#file-state")).hasText("In beoordeling");
        assertThat(page.locator("#pending-decision")).containsText("Verleend met voorschriften");
        UUID applicationId = UUID.fromString(fileUrl.substring(fileUrl.lastIndexOf('/') + 1));
        RegisterFixtures.as(DecisionFourEyesTests.SECOND, () -> paraaf.approve(applicationId));
        page.navigate(fileUrl);
        assertThat(page.locator("#decision-outcome")).hasText("Verleend met voorschriften");
        String number = page.locator("a.mono[href*='/vergunningen/']").innerText().strip();
        assertThat(number).matches("FRL-0080-PB-\\d{4}");

        Download letter = page.waitForDownload(() -> page.locator("#decision-pdf").click());
        String letterText = pdfText(letter.path());
        assertThat(letterText).contains("Besluit op uw aanvraag", number, "financiële verantwoording",
                "Rianne Reiziger");

        // the decision notice is in the outbox too, newest first; its link is what the applicant follows
        visit("/app/uitgaande-post");
        var mails = page.locator("article.mail").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Nieuw bericht over uw aanvraag " + reference));
        assertThat(mails).hasCount(4); // receipt, request for information, Bibob suspension, decision
        String mailBody = mails.first().locator(".mail-body").innerText();
        assertThat(mailBody).doesNotContain(number);
        var link = java.util.regex.Pattern.compile("http://[^\\s]+(/aanvragen/berichten/[0-9a-f-]{36})").matcher(mailBody);
        assertThat(link.find()).isTrue();
        String noticePath = link.group(1);
        page.navigate(fileUrl);
        assertThat(page.locator("#notices")).containsText("Besluit: vergunning verleend met voorschriften");

        page.locator("a.mono[href*='/vergunningen/']").click();
        checked();
        assertThat(page.locator("#licence-status")).containsText("Geldig");
        Download licence = page.waitForDownload(() -> page.locator("#licence-pdf").click());
        assertThat(pdfText(licence.path())).contains("Exploitatievergunning seksbedrijf", number, "Test Club Reis");

        // ---- the public verification shows the licence as valid
        context.clearCookies();
        visit("/vergunningen");
        page.getByLabel("Vergunningnummer").fill(number.toLowerCase().replace("-", " "));
        page.getByLabel("Telefoonnummer uit de advertentie").fill("+31644445555");
        submit("Controleren");
        assertThat(page.locator("#check-status")).hasText("Geldig");
        assertThat(page.locator("#check-phone")).containsText("is het geregistreerde advertentienummer");
        assertThat(page.content()).doesNotContain("Rianne").doesNotContain("Sietse");

        // ---- the applicant follows the link in the mail: first the follow-up code, then the notice
        visit(noticePath);
        assertThat(page.getByText("Log in met uw kenmerk en vervolgcode om uw bericht te lezen.")).isVisible();
        page.getByLabel("Kenmerk").fill(reference);
        page.getByLabel("Vervolgcode").fill(code);
        submit("Verder");
        assertThat(page.locator("#notice-title")).hasText("Besluit: vergunning verleend met voorschriften");
        assertThat(page.locator("#notice-body")).containsText(number);
    }

    private static Path pdfFile(String text) throws IOException {
        Path file = Files.createTempFile("ienline-journey-", ".pdf");
        Files.write(file, UploadInspectorTest.pdf(text));
        file.toFile().deleteOnExit();
        return file;
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
