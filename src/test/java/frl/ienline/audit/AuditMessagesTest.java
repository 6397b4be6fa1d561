package frl.ienline.audit;

import static org.assertj.core.api.Assertions.assertThat;

import frl.ienline.shared.AccessEvent.Action;
import frl.ienline.shared.Role;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The Dutch and English bundles of the audit module have the same keys, and cover every action and role. */
class AuditMessagesTest {

    static Properties load(String name) throws Exception {
        Properties properties = new Properties();
        try (var in = new InputStreamReader(AuditMessagesTest.class.getResourceAsStream("/i18n/audit/" + name),
                StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void dutchAndEnglishHaveTheSameKeys() throws Exception {
        Set<String> dutch = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> english = new TreeSet<>(load("messages_en.properties").stringPropertyNames());
        assertThat(english).isEqualTo(dutch);
        assertThat(dutch).allMatch(key -> key.startsWith("audit."));
    }

    @Test
    void everyActionAndRoleHasALabel() throws Exception {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        assertThat(keys).containsAll(Arrays.stream(Action.values()).map(a -> "audit.action." + a.name()).toList());
        assertThat(keys).containsAll(Arrays.stream(Role.values()).map(r -> "audit.role." + r.name()).toList());
    }
}
