package frl.ienline.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frl.ienline.TestActors;
import frl.ienline.reporting.internal.ReportingAccess;
import frl.ienline.shared.Role;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * R6 for reporting: the policy advisor, the team coordinator and the RIEC analyst see the figures; every other
 * role is refused; anonymous visitors go to the login, except for the public open-data API. And the policy
 * advisor, who sees figures only, reaches no record of any module: not a licence application, an ad, a case,
 * a signal, a care record or the access log.
 */
class ReportingAccessTests extends ReportingTesting {

    static final String ID = UUID.randomUUID().toString();

    static Stream<String> reportingPages() {
        return Stream.of("/app/rapportage", "/app/rapportage/gemeenten/GM0080", "/app/rapportage/vergelijken",
                "/app/rapportage/monitor", "/app/rapportage/export.csv?tabel=monitor&periode=2020",
                "/app/rapportage/raadsrapportage.pdf?periode=2020-Q1");
    }

    static Stream<Arguments> everyRoleTimesEveryReportingPage() {
        return Stream.of(Role.values()).flatMap(role -> reportingPages().map(page -> Arguments.of(role, page)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyRoleTimesEveryReportingPage")
    void onlyTheReportingRolesSeeTheFigures(Role role, String page) throws Exception {
        int status = mvc.perform(get(page).with(TestActors.as(TestActors.actor("GM0080", role, ALL))))
                .andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(ReportingAccess.ROLES.contains(role) ? 200 : 403);
    }

    @ParameterizedTest
    @MethodSource("reportingPages")
    void anonymousVisitorsAreSentToTheLogin(String page) throws Exception {
        mvc.perform(get(page)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    static Stream<String> recordsOfEveryModule() {
        return Stream.of("/app/register/aanvragen", "/app/register/aanvragen/" + ID, "/app/register/vergunningen",
                "/app/register/vergunningen/" + ID, "/app/advertenties", "/app/advertenties/" + ID,
                "/app/advertenties/netwerken/" + ID, "/app/toezicht", "/app/toezicht/zaken", "/app/toezicht/zaken/" + ID,
                "/app/toezicht/leads/" + ID, "/app/toezicht/controles/" + ID, "/app/toezicht/handhaving",
                "/app/toezicht/verplaatsingen", "/app/signalen", "/app/signalen/" + ID, "/app/signalen/verstrekkingen",
                "/app/ondersteuning", "/app/ondersteuning/meldingen", "/app/ondersteuning/contacten",
                "/app/toegangslog", "/app/toegangslog/inzage", "/app/beheer/gebruikers");
    }

    @ParameterizedTest
    @MethodSource("recordsOfEveryModule")
    void thePolicyAdvisorReachesNoRecordOfAnyModule(String page) throws Exception {
        int status = mvc.perform(get(page).with(TestActors.as(ADVISOR))).andReturn().getResponse().getStatus();
        assertThat(status).as(page).isIn(403, 404);
    }

    @org.junit.jupiter.api.Test
    void theOpenDataApiNeedsNoLogin() throws Exception {
        mvc.perform(get("/api/v1/statistieken").param("periode", "2020")).andExpect(status().isOk());
    }
}
