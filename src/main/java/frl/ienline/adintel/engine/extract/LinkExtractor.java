package frl.ienline.adintel.engine.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds URLs and messenger or social media handles ({@code @name}, "Telegram: name", {@code t.me/name}). */
public final class LinkExtractor {

    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"'()\\[\\]{}]+");
    private static final Pattern AT_HANDLE = Pattern.compile("(?<![\\p{L}0-9._%+\\-@])@([A-Za-z0-9_][A-Za-z0-9_.]{1,30}[A-Za-z0-9_])");
    private static final Pattern MENTION = Pattern.compile(
            "(?iu)\\b(whats\\s?app|telegram|tg|snapchat|snap|sc|insta(?:gram)?|ig|signal|onlyfans|kik)"
                    + "\\s*(?::|-|=|>|\u2192)\\s*@?([A-Za-z_][A-Za-z0-9_.]{2,30}[A-Za-z0-9_])\\b");
    private static final Pattern HOSTED = Pattern.compile(
            "(?i)\\b(t\\.me|telegram\\.me|snapchat\\.com/add|instagram\\.com|onlyfans\\.com)/([A-Za-z0-9_][A-Za-z0-9_.]{1,30}[A-Za-z0-9_])");
    private static final Map<String, String> PLATFORMS = Map.ofEntries(
            Map.entry("whatsapp", "whatsapp"), Map.entry("whats app", "whatsapp"), Map.entry("telegram", "telegram"),
            Map.entry("tg", "telegram"), Map.entry("snapchat", "snapchat"), Map.entry("snap", "snapchat"),
            Map.entry("sc", "snapchat"), Map.entry("insta", "instagram"), Map.entry("instagram", "instagram"),
            Map.entry("ig", "instagram"), Map.entry("signal", "signal"), Map.entry("onlyfans", "onlyfans"),
            Map.entry("kik", "kik"), Map.entry("t.me", "telegram"), Map.entry("telegram.me", "telegram"),
            Map.entry("snapchat.com/add", "snapchat"), Map.entry("instagram.com", "instagram"),
            Map.entry("onlyfans.com", "onlyfans"));

    public List<Found> urls(String text) {
        List<Found> found = new ArrayList<>(1);
        if (text.indexOf("://") < 0 && text.toLowerCase(Locale.ROOT).indexOf("www.") < 0) {
            return found;
        }
        Matcher m = URL.matcher(text);
        while (m.find()) {
            int end = m.end();
            while (end > m.start() && ".,;:!?".indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            found.add(new Found(text.substring(m.start(), end), new Span(m.start(), end)));
        }
        return found;
    }

    public List<Handle> handles(String text) {
        List<Handle> found = new ArrayList<>(1);
        if (text.indexOf(".me/") >= 0 || text.indexOf(".com/") >= 0) {
            Matcher hosted = HOSTED.matcher(text);
            while (hosted.find()) {
                found.add(handle(hosted.group(1), hosted.group(2), hosted.start(), hosted.end()));
            }
        }
        Matcher mention = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ':' && c != '=' && c != '>' && c != '\u2192' && c != '-') {
                continue;
            }
            int start = platformBefore(text, i);
            if (start < 0) {
                continue;
            }
            if (mention == null) {
                mention = MENTION.matcher(text).useTransparentBounds(true);
            }
            mention.region(start, Math.min(text.length(), i + 40));
            if (mention.lookingAt()) {
                String name = mention.group(2);
                if (!name.chars().allMatch(Character::isDigit) && !overlaps(found, mention.start())) {
                    found.add(handle(mention.group(1), name, mention.start(), mention.end()));
                }
            }
        }
        if (text.indexOf('@') >= 0) {
            Matcher at = AT_HANDLE.matcher(text);
            while (at.find()) {
                if (!overlaps(found, at.start())) {
                    found.add(new Handle("at", at.group(1).toLowerCase(Locale.ROOT), new Span(at.start(), at.end())));
                }
            }
        }
        found.sort(java.util.Comparator.comparingInt(h -> h.span().start()));
        return found;
    }

    /** The start of a platform name right before a separator at {@code at}, or -1. */
    private static int platformBefore(String text, int at) {
        int end = at;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        if (start == end || end - start > 9) {
            return -1;
        }
        String word = text.substring(start, end).toLowerCase(Locale.ROOT);
        if (word.equals("app") && start >= 7 && text.regionMatches(true, start - 7, "whats ", 0, 6)) {
            return start - 7;
        }
        return PLATFORMS.containsKey(word) || word.equals("tg") || word.equals("insta") ? start : -1;
    }

    private static Handle handle(String platform, String name, int start, int end) {
        String key = platform.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return new Handle(PLATFORMS.getOrDefault(key, key), name.toLowerCase(Locale.ROOT), new Span(start, end));
    }

    private static boolean overlaps(List<Handle> found, int position) {
        for (Handle h : found) {
            if (position >= h.span().start() && position < h.span().end()) {
                return true;
            }
        }
        return false;
    }
}
