package frl.ienline.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    static boolean trusted(String ranges, String address) {
        return Pattern.compile(TrustedProxies.regex(ranges)).matcher(address).matches();
    }

    @Test
    void ipv4RangesBecomeARegexThatMatchesExactlyThem() {
        String ranges = "10.0.0.0/8, 192.168.1.0/25, 203.0.113.7";
        assertThat(trusted(ranges, "10.200.3.4")).isTrue();
        assertThat(trusted(ranges, "11.0.0.1")).isFalse();
        assertThat(trusted(ranges, "192.168.1.127")).isTrue();
        assertThat(trusted(ranges, "192.168.1.128")).isFalse();
        assertThat(trusted(ranges, "203.0.113.7")).isTrue();
        assertThat(trusted(ranges, "203.0.113.70")).isFalse();
        assertThat(trusted(ranges, "203x0x113x7")).as("dots are dots").isFalse();
    }

    @Test
    void ipv6RangesMatchTheWayTomcatWritesAddresses() {
        String ranges = "2001:db8::/32, fd00:1:2:3::/64";
        assertThat(trusted(ranges, "2001:db8:0:0:0:0:0:1")).isTrue();
        assertThat(trusted(ranges, "2001:db9:0:0:0:0:0:1")).isFalse();
        assertThat(trusted(ranges, "fd00:1:2:3:a:b:c:d")).isTrue();
        assertThat(trusted(ranges, "fd00:1:2:4:a:b:c:d")).isFalse();
        assertThat(trusted("2001:db8:0:100::/56", "2001:db8:0:1ff:0:0:0:1")).isTrue();
        assertThat(trusted("2001:db8:0:100::/56", "2001:db8:0:200:0:0:0:1")).isFalse();
    }

    @Test
    void productionWithoutRangesOrWithNonsenseIsRefused() {
        assertThatThrownBy(() -> new TrustedProxies("", true)).hasMessageContaining("IENLINE_TRUSTED_PROXIES");
        assertThatThrownBy(() -> new TrustedProxies("proxy.example", false)).hasMessageContaining("not an IP address");
        assertThatThrownBy(() -> new TrustedProxies("10.0.0.0/33", false)).hasMessageContaining("prefix length");
    }
}
