package frl.ienline.register.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/** A Dutch premises address: street, house number (with addition), postcode {@code 1234 AB} and town. */
public record Address(String street, String houseNumber, String postcode, String town) {

    private static final Pattern POSTCODE = Pattern.compile("[1-9]\\d{3} [A-Z]{2}");
    private static final Pattern HOUSE_NUMBER = Pattern.compile("\\d{1,5}[ -]?[A-Za-z0-9]{0,6}");

    public Address {
        street = required(street, "street");
        houseNumber = required(houseNumber, "house number");
        town = required(town, "town");
        postcode = postcode == null ? null : postcode.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
        if (postcode != null && postcode.length() == 6) {
            postcode = postcode.substring(0, 4) + " " + postcode.substring(4);
        }
        if (postcode == null || !POSTCODE.matcher(postcode).matches()) {
            throw new IllegalArgumentException("A postcode looks like 8911 AB");
        }
        if (!HOUSE_NUMBER.matcher(houseNumber).matches()) {
            throw new IllegalArgumentException("A house number starts with digits, e.g. 12 or 12A");
        }
    }

    private static String required(String value, String what) {
        String v = value == null ? "" : value.strip().replaceAll("\\s+", " ");
        if (v.isEmpty() || v.length() > 120) {
            throw new IllegalArgumentException("The " + what + " is required (at most 120 characters)");
        }
        return v;
    }

    public String oneLine() {
        return street + " " + houseNumber + ", " + postcode + " " + town;
    }
}
