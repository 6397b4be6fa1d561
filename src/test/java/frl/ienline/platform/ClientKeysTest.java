package frl.ienline.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientKeysTest {

    static final String SECRET = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    final ClientKeys keys = new ClientKeys(SECRET, true);

    String key(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        return keys.of(request);
    }

    @Test
    void oneIpv6SubscriberIsOneClient() {
        assertThat(key("2001:db8:1:2:aaaa::1")).isEqualTo(key("2001:db8:1:2:ffff:ffff:ffff:ffff"))
                .isEqualTo(key("2001:0db8:0001:0002:0:0:0:9%eth0"));
        assertThat(key("2001:db8:1:3::1")).as("another /64").isNotEqualTo(key("2001:db8:1:2::1"));
    }

    @Test
    void ipv4AddressesAreClientsOfTheirOwnAndMappedOnesAreTheSame() {
        assertThat(key("192.0.2.1")).isNotEqualTo(key("192.0.2.2"));
        assertThat(key("::ffff:192.0.2.1")).isEqualTo(key("192.0.2.1"));
    }

    @Test
    void theKeyIsAnHmacThatHoldsNoAddress() {
        String key = key("192.0.2.1");
        assertThat(key).matches("c\\.[0-9a-f]{32}").doesNotContain("192");
        String other = Base64.getEncoder().encodeToString("another-key-another-key-another-!".getBytes());
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("192.0.2.1");
        assertThat(new ClientKeys(other, true).of(request)).as("depends on the key").isNotEqualTo(key);
        assertThat(keys.hashed("login-user", "jan")).startsWith("login-user.").doesNotContain("jan")
                .isNotEqualTo(keys.hashed("portal-login-name", "jan"));
    }

    @Test
    void productionRefusesToStartWithoutAKeyOrWithAShortOne() {
        assertThatThrownBy(() -> new ClientKeys("", true)).hasMessageContaining("IENLINE_CLIENT_KEY_SECRET");
        assertThatThrownBy(() -> new ClientKeys(Base64.getEncoder().encodeToString(new byte[16]), true))
                .hasMessageContaining("at least 32 bytes");
        assertThat(new ClientKeys("", false).hashed("x", "y")).as("outside production a key is generated").isNotBlank();
    }
}
