package frl.ienline.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The portal bundle has the same keys in all seven portal languages and the staff bundle in Dutch and
 * English, none empty; Romanian uses the comma-below letters, not the cedilla look-alikes.
 */
class SupportMessagesTest {

    static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = SupportMessagesTest.class.getResourceAsStream("/i18n/support/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyPortalLanguageHasEveryKey() throws IOException {
        Properties dutch = load("messages.properties");
        for (String language : List.of("en", "ro", "bg", "hu", "es", "pl")) {
            Properties other = load("messages_" + language + ".properties");
            assertThat(other.stringPropertyNames()).as(language).containsExactlyInAnyOrderElementsOf(dutch.stringPropertyNames());
            assertThat(other.values()).as(language).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
        }
        assertThat(load("messages_ro.properties").values().toString()).doesNotContain("ş", "ţ", "Ş", "Ţ");
    }

    @Test
    void staffTextsExistInDutchAndEnglish() throws IOException {
        Properties dutch = load("staff.properties");
        Properties english = load("staff_en.properties");
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(dutch.stringPropertyNames());
        assertThat(dutch.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
        assertThat(english.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
    }
}
