package frl.ienline.support.internal;

import java.util.List;
import java.util.Locale;

/** The portal's languages, Dutch first (the fallback). */
public final class PortalLanguages {

    public static final String FALLBACK = "nl";
    public static final List<String> ALL = List.of("nl", "en", "ro", "bg", "hu", "es", "pl");

    /** Each language named in itself, for the language switch. */
    public static final List<String[]> NATIVE_NAMES = List.of(new String[] {"nl", "Nederlands"},
            new String[] {"en", "English"}, new String[] {"ro", "Română"}, new String[] {"bg", "Български"},
            new String[] {"hu", "Magyar"}, new String[] {"es", "Español"}, new String[] {"pl", "Polski"});

    /** Language code → the language's name in itself. */
    public static java.util.Map<String, String> nativeNames() {
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        NATIVE_NAMES.forEach(n -> names.put(n[0], n[1]));
        return names;
    }

    private PortalLanguages() {
    }

    public static String supported(String language) {
        return language != null && ALL.contains(language) ? language : FALLBACK;
    }

    public static String of(Locale locale) {
        return supported(locale == null ? null : locale.getLanguage());
    }
}
