package frl.ienline.supervision.internal;

import frl.ienline.shared.InputRejected;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks on free input. Nothing here may hold a BSN (citizen service number): any text containing nine
 * digits that pass the eleven test (also written with spaces, dots or hyphens) is refused.
 */
public final class Inputs {

    private static final Pattern NINE_DIGITS = Pattern.compile("(?<!\\d)(\\d[ .\\-]?){8}\\d(?![ .\\-]?\\d)");

    private Inputs() {
    }

    /** True when the text contains something shaped like a BSN. */
    public static boolean containsBsn(String text) {
        if (text == null) {
            return false;
        }
        Matcher matcher = NINE_DIGITS.matcher(text);
        while (matcher.find()) {
            if (elevenTest(matcher.group().replaceAll("\\D", ""))) {
                return true;
            }
        }
        return false;
    }

    static boolean elevenTest(String digits) {
        if (digits.length() != 9 || digits.chars().allMatch(c -> c == '0')) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (digits.charAt(i) - '0') * (9 - i);
        }
        sum -= digits.charAt(8) - '0';
        return sum % 11 == 0;
    }

    /** A required text of at most {@code max} characters without a BSN; stripped. */
    public static String required(String text, String field, int max) {
        String value = optional(text, field, max);
        if (value == null) {
            throw InputRejected.of(field, "supervision.error.required");
        }
        return value;
    }

    /** An optional text (blank = {@code null}) of at most {@code max} characters without a BSN; stripped. */
    public static String optional(String text, String field, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.length() > max) {
            throw InputRejected.of(field, "supervision.error.tooLong");
        }
        if (containsBsn(value)) {
            throw InputRejected.of(field, "supervision.error.bsn");
        }
        return value;
    }
}
