package frl.ienline.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import frl.ienline.TestActors;
import frl.ienline.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** L5: reading the worklist changes nothing; a team member is noted on first sight, not on every request. */
class SupervisionGetsTests extends SupervisionTesting {

    @Autowired
    MockMvc mvc;

    @Test
    void readingTheWorklistAgainWritesNothing() throws Exception {
        var inspector = TestActors.actor("GM0080", Role.INSPECTOR, "GM0080");
        mvc.perform(get("/app/toezicht").with(TestActors.as(inspector))).andExpect(status().isOk());
        String first = version(inspector.username());
        assertThat(first).as("noted on first sight, for the assignee list").isNotNull();
        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/app/toezicht").with(TestActors.as(inspector))).andExpect(status().isOk());
        }
        assertThat(version(inspector.username())).as("the row was not rewritten").isEqualTo(first);
    }

    /** PostgreSQL's row version: it changes with every UPDATE, even one that writes the same values. */
    private String version(String username) {
        return jdbc.sql("SELECT xmin::text FROM supervision.team_member WHERE username = :u").param("u", username)
                .query(String.class).optional().orElse(null);
    }
}
