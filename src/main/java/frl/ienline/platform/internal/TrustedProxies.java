package frl.ienline.platform.internal;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Which connections may tell us the client's address and scheme (H5, ADR 0013). Production runs behind
 * a TLS proxy with {@code server.forward-headers-strategy: native}: Tomcat's {@link RemoteIpValve} then
 * takes {@code X-Forwarded-For}/{@code -Proto} from a connection whose address is in
 * {@code IENLINE_TRUSTED_PROXIES} (addresses or CIDR ranges, comma-separated) and from nobody else.
 * Tomcat wants a regular expression; this turns the ranges into one, so nobody writes that by hand.
 * A production start without the ranges, or without the valve, is refused.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<TomcatWebServerFactory>, Ordered {

    private static final int MAX_ALTERNATIVES = 4096;

    private final String ranges;
    private final boolean production;

    TrustedProxies(@Value("${ienline.trusted-proxies:}") String ranges, @Value("${ienline.production:false}") boolean production) {
        this.ranges = ranges == null ? "" : ranges.strip();
        this.production = production;
        if (production && this.ranges.isEmpty()) {
            throw new IllegalStateException("ienline.production=true needs IENLINE_TRUSTED_PROXIES: the addresses or CIDR"
                    + " ranges of the TLS proxy in front of ienline (docs/operations.md)");
        }
        if (!this.ranges.isEmpty()) {
            regex(this.ranges); // fail at start on a bad range
        }
    }

    @Override
    public void customize(TomcatWebServerFactory factory) {
        if (ranges.isEmpty()) {
            return;
        }
        RemoteIpValve valve = null;
        for (Valve candidate : factory.getEngineValves()) {
            if (candidate instanceof RemoteIpValve remoteIp) {
                valve = remoteIp;
            }
        }
        if (valve == null) {
            throw new IllegalStateException("IENLINE_TRUSTED_PROXIES is set but forwarded headers are off:"
                    + " set server.forward-headers-strategy=native (the prod profile does)");
        }
        valve.setInternalProxies(regex(ranges));
        valve.setTrustedProxies(null);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE; // after Spring Boot's customizer has added the valve
    }

    /** One regular expression that matches exactly the addresses in the ranges, as Tomcat writes them. */
    static String regex(String ranges) {
        StringJoiner any = new StringJoiner("|");
        for (String range : ranges.split(",")) {
            if (!range.isBlank()) {
                any.add("(?:" + rangeRegex(range.strip()) + ")");
            }
        }
        return any.toString();
    }

    private static String rangeRegex(String range) {
        String[] parts = range.split("/", 2);
        byte[] address;
        boolean v4;
        try {
            if (!parts[0].matches("[0-9A-Fa-f:.]+")) {
                throw new UnknownHostException(parts[0]);
            }
            InetAddress parsed = InetAddress.getByName(parts[0]); // a literal: parsed, never looked up
            address = parsed.getAddress();
            v4 = parsed instanceof Inet4Address;
        } catch (UnknownHostException e) {
            throw new IllegalStateException("IENLINE_TRUSTED_PROXIES: '" + range + "' is not an IP address or CIDR range");
        }
        int bits = address.length * 8;
        int prefix;
        try {
            prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : bits;
        } catch (NumberFormatException e) {
            prefix = -1;
        }
        if (prefix < 1 || prefix > bits) {
            throw new IllegalStateException("IENLINE_TRUSTED_PROXIES: '" + range + "' has no prefix length between 1 and " + bits);
        }
        int groupBits = v4 ? 8 : 16;
        List<String> groups = new ArrayList<>();
        for (int group = 0; group < bits / groupBits; group++) {
            int value = v4 ? address[group] & 0xff : ((address[2 * group] & 0xff) << 8) | (address[2 * group + 1] & 0xff);
            int fixed = Math.clamp(prefix - group * groupBits, 0, groupBits);
            groups.add(group(value, fixed, groupBits, v4, range));
        }
        return String.join(v4 ? "\\." : ":", groups) + (v4 ? "" : "(?:%.*)?");
    }

    private static String group(int value, int fixedBits, int groupBits, boolean v4, String range) {
        if (fixedBits == 0) {
            return v4 ? "\\d{1,3}" : "[0-9a-f]{1,4}";
        }
        int free = groupBits - fixedBits;
        int low = (value >>> free) << free;
        int high = low + (1 << free) - 1;
        if (high - low + 1 > MAX_ALTERNATIVES) {
            throw new IllegalStateException("IENLINE_TRUSTED_PROXIES: '" + range + "' is too coarse inside one IPv6 group;"
                    + " use a prefix of a multiple of 16, or one at most 12 bits shorter than the next multiple of 16");
        }
        StringJoiner values = new StringJoiner("|", high > low ? "(?:" : "", high > low ? ")" : "");
        for (int v = low; v <= high; v++) {
            values.add(v4 ? Integer.toString(v) : Integer.toHexString(v));
        }
        return values.toString();
    }
}
