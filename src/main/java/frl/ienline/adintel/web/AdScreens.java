package frl.ienline.adintel.web;

import frl.ienline.adintel.AdLicenceCheck;
import frl.ienline.adintel.internal.read.AdBrowsing;
import frl.ienline.adintel.internal.read.AdViews;
import frl.ienline.adintel.internal.read.AdViews.AdDetail;
import frl.ienline.adintel.internal.read.AdViews.AdFilter;
import frl.ienline.adintel.internal.read.AdViews.NetworkView;
import frl.ienline.adintel.internal.read.AdViews.Presence;
import frl.ienline.adintel.web.HighlightedText.Highlight;
import frl.ienline.rulebook.Municipality;
import frl.ienline.rulebook.Rulebook;
import frl.ienline.shared.InputRejected;
import frl.ienline.shared.MunicipalityCode;
import frl.ienline.shared.NavigationItem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The analyst's and inspector's ad screens under {@code /app/advertenties}: the list, an ad, a cluster and a
 * network. Who may see what is decided (and logged) in {@link AdBrowsing}; this class only turns requests into
 * filters and views into pages.
 */
@Controller
@RequestMapping("/app/advertenties")
class AdScreens {

    private final AdBrowsing browsing;
    private final frl.ienline.adintel.internal.read.GroupScales scales;
    private final AdFormats formats;
    private final MessageSource messages;
    private final Rulebook rulebook;

    AdScreens(AdBrowsing browsing, AdFormats formats, MessageSource messages, Rulebook rulebook,
            frl.ienline.adintel.internal.read.GroupScales scales) {
        this.browsing = browsing;
        this.scales = scales;
        this.formats = formats;
        this.messages = messages;
        this.rulebook = rulebook;
    }

    @Bean
    static NavigationItem adintelNavigation() {
        var roles = EnumSet.copyOf(AdBrowsing.FULL_ROLES);
        roles.addAll(AdBrowsing.LIMITED_ROLES);
        return new NavigationItem("adintel.nav.ads", "/app/advertenties", 30, roles);
    }

    @GetMapping
    String list(@RequestParam(name = "gemeente", required = false) String municipality,
            @RequestParam(name = "vergunning", required = false) String licence,
            @RequestParam(name = "indicator", required = false) List<String> indicators,
            @RequestParam(name = "bron", required = false) String source,
            @RequestParam(name = "van", required = false) String from,
            @RequestParam(name = "tot", required = false) String to,
            @RequestParam(name = "pagina", required = false, defaultValue = "1") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) String restore,
            Model model, Locale locale) {
        AdFilter filter = filter(municipality, licence, indicators, source, from, to);
        var result = browsing.search(filter, page);
        model.addAttribute("result", result);
        if (result.access() == AdViews.Access.FULL) {
            model.addAttribute("largest", scales.largest());
        }
        model.addAttribute("filter", filter);
        model.addAttribute("previousHref", href(filter, result.page() - 1));
        model.addAttribute("nextHref", href(filter, result.page() + 1));
        model.addAttribute("checks", AdLicenceCheck.values());
        model.addAttribute("municipalities", rulebook.active().municipalities().stream()
                .sorted(Comparator.comparing(Municipality::name)).toList());
        model.addAttribute("outside", AdViews.OUTSIDE);
        model.addAttribute("sources", browsing.sources());
        Map<String, String> labels = new LinkedHashMap<>();
        browsing.indicatorCodes().forEach(code -> labels.put(code, browsing.indicatorLabel(code, locale)));
        filter.indicators().forEach(code -> labels.putIfAbsent(code, browsing.indicatorLabel(code, locale)));
        model.addAttribute("indicatorLabels", labels);
        model.addAttribute("fmt", formats);
        boolean fragment = htmx != null && restore == null;
        return fragment ? "adintel/ads :: results" : "adintel/ads";
    }

    private static AdFilter filter(String municipality, String licence, List<String> indicators, String source,
            String from, String to) {
        List<InputRejected.Problem> problems = new ArrayList<>();
        String m = blank(municipality) ? null : municipality.strip();
        if (m != null && !m.equals(AdViews.OUTSIDE)) {
            try {
                m = MunicipalityCode.of(m).value();
            } catch (IllegalArgumentException e) {
                problems.add(new InputRejected.Problem("gemeente", "unknown municipality"));
            }
        }
        AdLicenceCheck check = null;
        if (!blank(licence)) {
            try {
                check = AdLicenceCheck.valueOf(licence.strip());
            } catch (IllegalArgumentException e) {
                problems.add(new InputRejected.Problem("vergunning", "unknown licence status"));
            }
        }
        List<String> codes = new ArrayList<>();
        for (String code : indicators == null ? List.<String>of() : indicators) {
            if (blank(code)) {
                continue;
            }
            if (!code.strip().matches("[A-Z][A-Z0-9_]{0,63}")) {
                problems.add(new InputRejected.Problem("indicator", "unknown indicator"));
            } else if (!codes.contains(code.strip())) {
                codes.add(code.strip());
            }
        }
        if (source != null && source.length() > 200) {
            problems.add(new InputRejected.Problem("bron", "longer than 200 characters"));
        }
        LocalDate fromDay = day(from, "van", problems);
        LocalDate toDay = day(to, "tot", problems);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            problems.add(new InputRejected.Problem("tot", "before the start of the period"));
        }
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        return new AdFilter(m, check, codes, blank(source) ? null : source.strip(), fromDay, toDay);
    }

    private static LocalDate day(String value, String field, List<InputRejected.Problem> problems) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(new InputRejected.Problem(field, "not a date such as 2026-11-20"));
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The list's address with the filter and a page, for the paging links. */
    static String href(AdFilter f, int page) {
        var b = org.springframework.web.util.UriComponentsBuilder.fromPath("/app/advertenties");
        if (f.municipality() != null) {
            b.queryParam("gemeente", f.municipality());
        }
        if (f.licence() != null) {
            b.queryParam("vergunning", f.licence().name());
        }
        f.indicators().forEach(code -> b.queryParam("indicator", code));
        if (f.source() != null) {
            b.queryParam("bron", f.source());
        }
        if (f.from() != null) {
            b.queryParam("van", f.from().toString());
        }
        if (f.to() != null) {
            b.queryParam("tot", f.to().toString());
        }
        b.queryParam("pagina", page);
        return b.encode().build().toUriString();
    }

    @GetMapping("/{adId}")
    String ad(@PathVariable UUID adId, @RequestParam(name = "momentopname", required = false) UUID snapshot, Model model,
            Locale locale) {
        AdDetail ad = browsing.ad(adId, snapshot, locale);
        model.addAttribute("ad", ad);
        model.addAttribute("s", ad.shown());
        model.addAttribute("text", ad.shown().fullText() == null ? null
                : HighlightedText.of(ad.shown().fullText(), highlights(ad.shown(), locale)));
        model.addAttribute("fmt", formats);
        return "adintel/ad";
    }

    /** The highlights of a snapshot's text: every entity and indicator with a span. */
    List<Highlight> highlights(AdViews.Snapshot s, Locale locale) {
        List<Highlight> highlights = new ArrayList<>();
        for (AdViews.Entity e : s.entities()) {
            if (e.start() != null) {
                String kind = switch (e.kind()) {
                    case "LICENCE_NUMBER" -> "licence";
                    case "CLAIMED_AGE" -> "age";
                    default -> e.kind().toLowerCase(Locale.ROOT);
                };
                highlights.add(new Highlight(e.start(), e.end(), kind,
                        messages.getMessage("adintel.entity." + e.kind(), null, e.kind(), locale)));
            }
        }
        for (AdViews.Indicator i : s.indicators()) {
            if (i.start() != null) {
                highlights.add(new Highlight(i.start(), i.end(), "indicator",
                        messages.getMessage("adintel.ad.indicator", new Object[] {i.label()}, i.label(), locale)));
            }
        }
        return highlights;
    }

    @GetMapping("/clusters/{id}")
    String cluster(@PathVariable UUID id, Model model) {
        UUID current = browsing.currentCluster(id);
        if (!current.equals(id)) {
            return "redirect:/app/advertenties/clusters/" + current;
        }
        var cluster = browsing.cluster(id);
        model.addAttribute("c", cluster);
        model.addAttribute("scale", scales.cluster(cluster.size()));
        model.addAttribute("fmt", formats);
        return "adintel/cluster";
    }

    @GetMapping("/netwerken/{id}")
    String network(@PathVariable UUID id, Model model) {
        UUID current = browsing.currentNetwork(id);
        if (!current.equals(id)) {
            return "redirect:/app/advertenties/netwerken/" + current;
        }
        NetworkView n = browsing.network(id);
        Map<MunicipalityCode, Integer> ads = new LinkedHashMap<>();
        for (Presence p : n.presence()) {
            ads.put(p.municipality(), p.ads());
        }
        model.addAttribute("n", n);
        model.addAttribute("scale", scales.network(n.size()));
        model.addAttribute("tiles", FrieslandMap.tiles(rulebook.active().municipalities(), ads,
                new ArrayList<>(ads.keySet())));
        model.addAttribute("viewBox", FrieslandMap.viewBox());
        model.addAttribute("fmt", formats);
        return "adintel/network";
    }
}
