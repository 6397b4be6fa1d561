package frl.ienline.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpenApiServerUrlTest {

    @Test
    void aConfiguredServerUrlCarriesTheMajorVersionOnce() {
        for (String configured : new String[] {"https://ienline.example.nl", "https://ienline.example.nl/",
                "https://ienline.example.nl/api/v1", "https://ienline.example.nl/api/v1/"}) {
            var api = new OpenApiConfiguration().ienlineOpenApi("n", "e@x.example", "https://x.example", configured);
            assertThat(api.getServers()).singleElement()
                    .satisfies(server -> assertThat(server.getUrl()).isEqualTo("https://ienline.example.nl/api/v1"));
        }
        assertThat(new OpenApiConfiguration().ienlineOpenApi("n", "e@x.example", "https://x.example", "").getServers())
                .isNullOrEmpty();
    }
}
