package frl.ienline.platform.internal;

import frl.ienline.platform.CareCompartmentDatabase;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sessions in the database (issue 18, ADR 0021), so that every application node serves every session.
 * Two stores, because the portal's members are behind the wall (ADR 0007):
 * <ul>
 * <li>requests under {@value #PORTAL} keep their session in {@code support.member_session}, through the
 * care pool as the care role, under their own cookie {@value #MEMBER_COOKIE} (path {@value #PORTAL}); the
 * application role cannot read who is signed in to the portal;</li>
 * <li>every other request keeps it in {@code public.staff_session} through the application pool, under the
 * usual cookie ({@code server.servlet.session.cookie.name}).</li>
 * </ul>
 * With {@code ienline.sessions.store=memory} (the tests that drive MockMvc with a mock session) the servlet
 * container's sessions are used, as on a single node.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "ienline.sessions.store", havingValue = "database", matchIfMissing = true)
class SessionStores {

    static final String PORTAL = "/portaal";
    static final String MEMBER_COOKIE = "IENLINE_PORTAAL";
    static final String STAFF_TABLE = "public.staff_session";
    static final String MEMBER_TABLE = "support.member_session";

    @Bean
    JdbcIndexedSessionRepository staffSessionRepository(DataSource dataSource, JdbcTransactionManager transactionManager,
            @Value("${server.servlet.session.timeout:15m}") Duration timeout) {
        return repository(dataSource, transactionManager, STAFF_TABLE, timeout);
    }

    @Bean
    JdbcIndexedSessionRepository memberSessionRepository(@Qualifier(CareCompartmentDatabase.DATA_SOURCE) DataSource care,
            @Qualifier(CareCompartmentDatabase.TRANSACTIONS) JdbcTransactionManager careTransactions,
            @Value("${server.servlet.session.timeout:15m}") Duration timeout) {
        return repository(care, careTransactions, MEMBER_TABLE, timeout);
    }

    @Bean
    FilterRegistrationBean<CompartmentSessionFilter> sessionRepositoryFilter(
            JdbcIndexedSessionRepository staffSessionRepository, JdbcIndexedSessionRepository memberSessionRepository,
            @Value("${server.servlet.session.cookie.name:IENLINE_SESSION}") String staffCookie,
            @Value("${server.servlet.session.cookie.secure:false}") boolean secure) {
        SessionRepositoryFilter<?> staff = new SessionRepositoryFilter<>(staffSessionRepository);
        staff.setHttpSessionIdResolver(cookies(staffCookie, "/", secure));
        SessionRepositoryFilter<?> members = new SessionRepositoryFilter<>(memberSessionRepository);
        members.setHttpSessionIdResolver(cookies(MEMBER_COOKIE, PORTAL, secure));
        FilterRegistrationBean<CompartmentSessionFilter> registration =
                new FilterRegistrationBean<>(new CompartmentSessionFilter(staff, members));
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER); // before Spring Security's chain
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        return registration;
    }

    @Bean
    ExpiredSessions expiredSessions(JdbcIndexedSessionRepository staffSessionRepository,
            JdbcIndexedSessionRepository memberSessionRepository) {
        return new ExpiredSessions(staffSessionRepository, memberSessionRepository);
    }

    private static JdbcIndexedSessionRepository repository(DataSource dataSource, JdbcTransactionManager transactions,
            String table, Duration timeout) {
        JdbcIndexedSessionRepository repository =
                new JdbcIndexedSessionRepository(new JdbcTemplate(dataSource), new TransactionTemplate(transactions));
        repository.setTableName(table);
        repository.setDefaultMaxInactiveInterval(timeout);
        // not the repository's own clean-up thread, which would run on every node: ExpiredSessions, locked
        repository.setCleanupCron(Scheduled.CRON_DISABLED);
        return repository;
    }

    private static CookieHttpSessionIdResolver cookies(String name, String path, boolean secure) {
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        serializer.setCookieName(name);
        serializer.setCookiePath(path);
        serializer.setUseHttpOnlyCookie(true);
        serializer.setUseSecureCookie(secure);
        serializer.setSameSite("Lax");
        CookieHttpSessionIdResolver resolver = new CookieHttpSessionIdResolver();
        resolver.setCookieSerializer(serializer);
        return resolver;
    }

    /** Sends a portal request to the members' store and every other request to the staff store. */
    static final class CompartmentSessionFilter extends OncePerRequestFilter {

        private final SessionRepositoryFilter<?> staff;
        private final SessionRepositoryFilter<?> members;

        CompartmentSessionFilter(SessionRepositoryFilter<?> staff, SessionRepositoryFilter<?> members) {
            this.staff = staff;
            this.members = members;
        }

        @Override
        protected boolean shouldNotFilterAsyncDispatch() {
            return false;
        }

        @Override
        protected boolean shouldNotFilterErrorDispatch() {
            return false;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            // an error page rendered for a portal request stays in the portal's store
            String uri = request.getDispatcherType() == DispatcherType.ERROR
                    && request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String original
                    ? original : request.getRequestURI();
            String path = uri.substring(Math.min(uri.length(), request.getContextPath().length()));
            boolean portal = path.equals(PORTAL) || path.startsWith(PORTAL + "/");
            (portal ? members : staff).doFilter(request, response, chain);
        }
    }

    /** Deletes expired sessions from both stores, on one node per run. */
    static class ExpiredSessions { // not final: ShedLock proxies it

        private final JdbcIndexedSessionRepository staff;
        private final JdbcIndexedSessionRepository members;

        ExpiredSessions(JdbcIndexedSessionRepository staff, JdbcIndexedSessionRepository members) {
            this.staff = staff;
            this.members = members;
        }

        @Scheduled(cron = "${ienline.sessions.cleanup-cron:0 */5 * * * *}")
        @SchedulerLock(name = "sessions-cleanup")
        void deleteExpired() {
            staff.cleanUpExpiredSessions();
            members.cleanUpExpiredSessions();
        }
    }
}
