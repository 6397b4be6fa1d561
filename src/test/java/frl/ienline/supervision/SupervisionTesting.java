package frl.ienline.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import frl.ienline.MutableClock;
import frl.ienline.TestActors;
import frl.ienline.TestActors.TestActor;
import frl.ienline.adintel.internal.AdImports;
import frl.ienline.adintel.internal.ImportOutcome;
import frl.ienline.adintel.internal.ImportSource;
import frl.ienline.shared.Role;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the supervision tests share (so they share one Spring context): the real embedded PostgreSQL, a real
 * in-process SMTP server, a clock tests can move, real ad imports through ad intelligence, and the actors.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClock.Configuration.class)
public abstract class SupervisionTesting {

    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }


    static final String[] ALL = {"GM0059", "GM0060", "GM1891", "GM1940", "GM0072", "GM0074", "GM0080", "GM1970",
        "GM0085", "GM0086", "GM0088", "GM0090", "GM1900", "GM0093", "GM0737", "GM0096", "GM1949", "GM0098"};

    protected final TestActor inspector = TestActors.actor("GM0080", Role.INSPECTOR, ALL);
    protected final TestActor coordinator = TestActors.actor("GM0080", Role.TEAM_COORDINATOR, ALL);

    @Autowired
    protected AdImports imports;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected MutableClock clock;

    protected static <T> T as(TestActor actor, Supplier<T> body) {
        AtomicReference<T> result = new AtomicReference<>();
        TestActors.runAs(actor, () -> result.set(body.get()));
        return result.get();
    }

    /** One JSON line of an ad (the import format of docs/ad-import-format.md). */
    protected static String ad(String id, String location, String phone, String body) {
        return "{\"source\":\"kinky.nl\",\"sourceAdId\":\"" + id + "\",\"capturedAt\":\"" + Instant.now()
                + "\",\"title\":\"Nieuw in " + location + "\",\"body\":\"" + body + "\",\"location\":\"" + location
                + "\",\"phones\":[\"" + phone + "\"],\"images\":[]}";
    }

    /** Imports JSON lines through ad intelligence's real import (which publishes AdsImported after commit). */
    protected UUID importAds(String... lines) {
        ImportOutcome outcome = imports.importAsSystem(new ByteArrayInputStream(String.join("\n", lines)
                .getBytes(StandardCharsets.UTF_8)), ImportSource.COMMAND, false);
        assertThat(outcome).isInstanceOf(ImportOutcome.Completed.class);
        return ((ImportOutcome.Completed) outcome).importId();
    }

    /** The lead of an imported ad, once the (asynchronous) listener has made it. */
    protected UUID awaitLead(String sourceAdId) {
        return awaitLead(jdbc, sourceAdId);
    }

    /** The same, for test classes that cannot extend this one (browser tests). */
    static UUID awaitLead(JdbcClient jdbc, String sourceAdId) {
        return await(() -> jdbc.sql("""
                SELECT e.lead_id FROM supervision.lead_ad e
                WHERE e.ad_id IN (SELECT s.ad_id::text FROM adintel.snapshot s WHERE s.source_ad_id = :id)
                LIMIT 1""")
                .param("id", sourceAdId).query(UUID.class).optional());
    }

    protected static <T> T await(Supplier<Optional<T>> probe) {
        Instant end = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(end)) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Not there within 30 s");
    }
}
